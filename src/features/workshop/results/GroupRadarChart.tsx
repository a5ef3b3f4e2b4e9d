import { ChartFrame } from '../../../components/ChartFrame';
import { DataTable } from '../../../components/DataTable';
import { DeferredSectionRadar } from '../../../components/charts/deferred';
import { RADAR_HEIGHT } from '../../../components/charts/sizes';
import { lowestAndHighest } from '../../../domain/scoring/extremes';
import { formatScore } from '../../../domain/scoring/format';
import type { GroupSectionResult } from '../../../domain/scoring/group';
import { sectionOf } from '../workshopContent';

/** The group's mean in each section, with the lowest and highest participant as dotted and dashed lines. */
export function GroupRadarChart({ sections }: { sections: GroupSectionResult[] }) {
  const { lowest, highest } = lowestAndHighest(sections);
  const summary =
    lowest && highest
      ? `The group's mean score in each section, with the range from the lowest to the highest participant: highest mean "${sectionOf(highest.sectionId).title}" at ${formatScore(highest.score)}, lowest "${sectionOf(lowest.sectionId).title}" at ${formatScore(lowest.score)}.`
      : 'No section has a score yet.';
  return (
    <ChartFrame
      id="group-sections"
      title="The group's score in each section"
      summary={summary}
      chart={
        <DeferredSectionRadar
          height={RADAR_HEIGHT}
          axes={sections.map((s) => sectionOf(s.sectionId).title)}
          series={[
            { name: 'Group mean', values: sections.map((s) => s.score), filled: true },
            { name: 'Highest participant', values: sections.map((s) => s.max), dashed: true },
            { name: 'Lowest participant', values: sections.map((s) => s.min), dotted: true },
          ]}
        />
      }
      table={
        <DataTable
          caption="Section scores out of 100"
          columns={[
            { label: 'Section' },
            { label: 'Group mean', numeric: true },
            { label: 'Lowest', numeric: true },
            { label: 'Highest', numeric: true },
            { label: 'Participants with a score', numeric: true },
          ]}
          rows={sections.map((s) => ({
            key: s.sectionId,
            header: sectionOf(s.sectionId).title,
            cells: [
              s.score === null ? 'No score' : formatScore(s.score),
              formatScore(s.min),
              formatScore(s.max),
              s.n,
            ],
          }))}
        />
      }
    />
  );
}
