import type { SectionResult } from '../../domain/scoring/score';
import { largeExtentLine } from '../../domain/scoring/reference';
import { lowestAndHighest } from '../../domain/scoring/extremes';
import { formatScore } from '../../domain/scoring/format';
import { ChartFrame } from '../../components/ChartFrame';
import { DataTable } from '../../components/DataTable';
import { DeferredSectionRadar } from '../../components/charts/deferred';
import { RADAR_HEIGHT } from '../../components/charts/sizes';
import { scale, sectionOf } from './useResults';

const line = largeExtentLine(scale);

export function SectionScoresChart({ sections }: { sections: SectionResult[] }) {
  const { lowest, highest } = lowestAndHighest(sections);
  const summary =
    lowest && highest
      ? lowest.score === highest.score
        ? `Your section scores, with a line at ${line.name}: every scored section is at ${formatScore(lowest.score)}.`
        : `Your section scores, with a line at ${line.name}: highest "${sectionOf(highest.sectionId).title}" at ${formatScore(highest.score)}, lowest "${sectionOf(lowest.sectionId).title}" at ${formatScore(lowest.score)}.`
      : 'No section has a score yet.';
  return (
    <ChartFrame
      id="section-scores"
      title="Your score in each section"
      summary={summary}
      chart={
        <DeferredSectionRadar
          height={RADAR_HEIGHT}
          axes={sections.map((s) => sectionOf(s.sectionId).title)}
          series={[
            { name: 'Your score', values: sections.map((s) => s.score), filled: true },
            {
              name: line.name,
              values: sections.map(() => line.score),
              dashed: true,
            },
          ]}
        />
      }
      table={
        <DataTable
          caption="Section scores out of 100"
          columns={[
            { label: 'Section' },
            { label: 'Your score', numeric: true },
            { label: 'Gap', numeric: true },
            { label: 'Answered', numeric: true },
          ]}
          rows={sections.map((s) => ({
            key: s.sectionId,
            header: sectionOf(s.sectionId).title,
            cells: [
              s.score === null ? 'No score' : formatScore(s.score),
              formatScore(s.gap),
              `${s.answered} of ${s.total}`,
            ],
          }))}
        />
      }
    />
  );
}
