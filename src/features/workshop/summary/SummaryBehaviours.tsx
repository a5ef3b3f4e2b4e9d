import { capitalise, formatScore, listItemText } from '../../../domain/display';
import type { FindingStanding } from '../../../domain/scoring/findings';
import './summaryBehaviours.css';

/** On paper: the group's standing on what leaders in councils achieving more innovations do (para 16). */
export function SummaryBehaviours({ behaviours }: { behaviours: FindingStanding[] }) {
  return (
    <section aria-labelledby="sum-behaviours" className="gs-section">
      <h2 id="sum-behaviours">What leaders in councils achieving more innovations do</h2>
      <table className="gs-table">
        <thead>
          <tr>
            <th scope="col">
              What those leaders do (Creative Councils update, para 16; mean of its actions)
            </th>
            <th scope="col" className="num">
              Group score
            </th>
          </tr>
        </thead>
        <tbody>
          {behaviours.map((b) => (
            <tr key={b.findingId}>
              <th scope="row">{capitalise(listItemText(b.text))}</th>
              <td className="num">{formatScore(b.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
