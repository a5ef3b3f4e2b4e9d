import { SectionRadar } from '../../../components/charts/SectionRadar';
import { formatScore } from '../../../domain/display';
import type { GroupResult } from '../../../domain/scoring/group';
import { sectionOf } from '../workshopContent';

/** Section scores as numbers beside a small radar: the numbers carry the meaning on paper. */
export function SummaryScores({ group }: { group: GroupResult }) {
  const { sections, overall } = group;
  return (
    <section aria-labelledby="sum-scores" className="gs-section gs-scores">
      <h2 id="sum-scores">Group scores</h2>
      <div className="gs-scores-grid">
        <table className="gs-table">
          <caption className="visually-hidden">
            Group scores out of 100, with the lowest and highest participant
          </caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col" className="num">
                Mean
              </th>
              <th scope="col" className="num">
                Lowest
              </th>
              <th scope="col" className="num">
                Highest
              </th>
            </tr>
          </thead>
          <tbody>
            {sections.map((s) => (
              <tr key={s.sectionId}>
                <th scope="row">{sectionOf(s.sectionId).title}</th>
                <td className="num">{formatScore(s.score)}</td>
                <td className="num">{formatScore(s.min)}</td>
                <td className="num">{formatScore(s.max)}</td>
              </tr>
            ))}
            <tr className="total">
              <th scope="row">Overall</th>
              <td className="num">{formatScore(overall.score)}</td>
              <td className="num">{formatScore(overall.min)}</td>
              <td className="num">{formatScore(overall.max)}</td>
            </tr>
          </tbody>
        </table>
        <div
          className="gs-radar"
          role="img"
          aria-label="Radar chart of the same section scores: group mean, highest and lowest participant."
        >
          <SectionRadar
            // Fixed size for paper (scaled to fit by CSS); a phone's screen gets a chart that fills it.
            size={
              typeof window !== 'undefined' && window.innerWidth < 640
                ? undefined
                : { width: 440, height: 300 }
            }
            axes={sections.map((s) => sectionOf(s.sectionId).title)}
            series={[
              { name: 'Group mean', values: sections.map((s) => s.score), filled: true },
              { name: 'Highest', values: sections.map((s) => s.max), dashed: true },
              { name: 'Lowest', values: sections.map((s) => s.min), dotted: true },
            ]}
          />
        </div>
      </div>
    </section>
  );
}
