import { ScoreBars } from '../../../components/charts/ScoreBars';
import { NumberHeaders } from '../../../components/DataTable';
import { sectionBars } from '../../../components/results/sectionBars';
import { formatScore } from '../../../domain/display';
import type { GroupResult } from '../../../domain/group/aggregate';
import { useContent } from '../../../components/content/ContentContext';
import { ThenCells, ThenHeaders, type ScoresThen } from './ScoresThen';
import './summaryScores.css';
import { ChartNameContext } from '../../../components/charts/chartName';

/**
 * Section scores as numbers, then as labelled bars under them: the numbers carry the meaning on paper,
 * and the bars, full width, show at a glance which section is weakest and how far apart members are.
 */
export function SummaryScores({ group, since }: { group: GroupResult; since?: ScoresThen | null }) {
  const { index } = useContent();
  const { sections, overall } = group;
  return (
    <section aria-labelledby="sum-scores" className="gs-section gs-scores">
      <h2 id="sum-scores">Group scores</h2>
      <div className="gs-scores-stack">
        <table className="gs-table">
          <caption className="visually-hidden">
            Group scores out of 100, with the lowest and highest participant
          </caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <NumberHeaders labels={['Mean', 'Lowest', 'Highest']} />
              {since && <ThenHeaders label={since.label} />}
            </tr>
          </thead>
          <tbody>
            {sections.map((s, i) => (
              <tr key={s.sectionId}>
                <th scope="row">{index.sectionOf(s.sectionId).title}</th>
                <td className="num">{formatScore(s.score)}</td>
                <td className="num">{formatScore(s.min)}</td>
                <td className="num">{formatScore(s.max)}</td>
                {since && <ThenCells change={since.sections[i]!} />}
              </tr>
            ))}
            <tr className="total">
              <th scope="row">Overall</th>
              <td className="num">{formatScore(overall.score)}</td>
              <td className="num">{formatScore(overall.min)}</td>
              <td className="num">{formatScore(overall.max)}</td>
              {since && <ThenCells change={since.overall} />}
            </tr>
          </tbody>
        </table>
        <div className="gs-bars">
          <ChartNameContext value="The same section scores as bars: the group mean, with a line from the lowest to the highest participant.">
            <ScoreBars axisLabel="Group mean out of 100" rows={sectionBars(sections, index)} />
          </ChartNameContext>
        </div>
      </div>
    </section>
  );
}
