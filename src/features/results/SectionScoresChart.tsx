import type { SectionResult } from '../../domain/scoring/score';
import { COMPREHENSIVE_SECTION_SCORE } from '../../domain/scoring/score';
import { formatScore } from '../../domain/scoring/format';
import { ChartFrame } from '../../components/ChartFrame';
import { SectionRadar } from '../../components/charts/SectionRadar';
import { sectionOf } from './useResults';

export function SectionScoresChart({ sections }: { sections: SectionResult[] }) {
  const scored = sections.filter((s) => s.score !== null);
  const lowest = [...scored].sort((a, b) => a.score! - b.score!)[0];
  const highest = [...scored].sort((a, b) => b.score! - a.score!)[0];
  const summary =
    lowest && highest
      ? `Your section scores against the comprehensive approach (${COMPREHENSIVE_SECTION_SCORE} in every section): highest "${sectionOf(highest.sectionId).title}" at ${formatScore(highest.score)}, lowest "${sectionOf(lowest.sectionId).title}" at ${formatScore(lowest.score)}.`
      : 'No section has a score yet.';
  return (
    <ChartFrame
      id="section-scores"
      title="Your score in each section"
      summary={summary}
      chart={
        <SectionRadar
          axes={sections.map((s) => sectionOf(s.sectionId).title)}
          series={[
            { name: 'Your score', values: sections.map((s) => s.score), filled: true },
            {
              name: `Comprehensive approach (${COMPREHENSIVE_SECTION_SCORE})`,
              values: sections.map(() => COMPREHENSIVE_SECTION_SCORE),
              dashed: true,
            },
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
                Your score
              </th>
              <th scope="col" className="num">
                Gap
              </th>
              <th scope="col" className="num">
                Answered
              </th>
            </tr>
          </thead>
          <tbody>
            {sections.map((s) => (
              <tr key={s.sectionId}>
                <th scope="row">{sectionOf(s.sectionId).title}</th>
                <td className="num">{s.score === null ? 'No score' : formatScore(s.score)}</td>
                <td className="num">{formatScore(s.gap)}</td>
                <td className="num">
                  {s.answered} of {s.total}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
