import { ChartFrame } from '../../../components/ChartFrame';
import { DeferredSectionRadar } from '../../../components/charts/deferred';
import { RADAR_HEIGHT } from '../../../components/charts/sizes';
import { formatScore } from '../../../domain/scoring/format';
import type { GroupSectionResult } from '../../../domain/scoring/group';
import { sectionOf } from '../workshopContent';

/** The group's mean in each section, with the lowest and highest participant as dotted and dashed lines. */
export function GroupRadarChart({ sections }: { sections: GroupSectionResult[] }) {
  const scored = sections.filter((s) => s.score !== null);
  const lowest = [...scored].sort((a, b) => a.score! - b.score!)[0];
  const highest = [...scored].sort((a, b) => b.score! - a.score!)[0];
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
        <table>
          <caption>Section scores out of 100</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col" className="num">
                Group mean
              </th>
              <th scope="col" className="num">
                Lowest
              </th>
              <th scope="col" className="num">
                Highest
              </th>
              <th scope="col" className="num">
                Participants with a score
              </th>
            </tr>
          </thead>
          <tbody>
            {sections.map((s) => (
              <tr key={s.sectionId}>
                <th scope="row">{sectionOf(s.sectionId).title}</th>
                <td className="num">{s.score === null ? 'No score' : formatScore(s.score)}</td>
                <td className="num">{formatScore(s.min)}</td>
                <td className="num">{formatScore(s.max)}</td>
                <td className="num">{s.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
