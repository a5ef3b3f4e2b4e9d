import { ChartFrame } from '../../../components/ChartFrame';
import { HorizontalBars } from '../../../components/charts/HorizontalBars';
import type { FindingStanding } from '../../../domain/scoring/findings';
import { formatScore } from '../../../domain/scoring/format';
import { actionText } from '../workshopContent';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The group's standing on the research's five most important areas for further action. */
export function GroupStandingChart({ standings }: { standings: FindingStanding[] }) {
  const weakest = [...standings.filter((s) => s.score !== null)].sort(
    (a, b) => a.score! - b.score!,
  )[0];
  const summary = weakest
    ? `The group's score on each of the five areas the research found most important for further action; the lowest is "${weakest.text}" at ${formatScore(weakest.score)}.`
    : 'None of the five areas the research found most important has a score yet.';
  return (
    <ChartFrame
      id="group-standing"
      title="The research's most important areas for further action"
      summary={summary}
      chart={
        <HorizontalBars
          axisLabel="Group score (0–100)"
          rows={standings.map((s) => ({
            label: capitalise(s.text),
            value: s.score ?? 0,
            valueLabel: s.score === null ? 'no score' : formatScore(s.score),
          }))}
        />
      }
      table={
        <table>
          <caption>The group's score on each area for further action</caption>
          <thead>
            <tr>
              <th scope="col">Area for further action</th>
              <th scope="col">Checklist actions</th>
              <th scope="col" className="num">
                Score
              </th>
              <th scope="col" className="num">
                Gap
              </th>
            </tr>
          </thead>
          <tbody>
            {standings.map((s) => (
              <tr key={s.findingId}>
                <th scope="row">{capitalise(s.text)}</th>
                <td>{s.actionIds.map(actionText).join('; ')}</td>
                <td className="num">{s.score === null ? 'No score' : formatScore(s.score)}</td>
                <td className="num">{formatScore(s.gap)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
