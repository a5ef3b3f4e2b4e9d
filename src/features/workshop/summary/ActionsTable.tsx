import { NumberHeaders } from '../../../components/DataTable';
import { formatScore, formatMean } from '../../../domain/display';
import type { GroupActionView } from '../../../domain/group/groupView';
import { useContent } from '../../../components/content/ContentContext';

/** Every action, largest gap first: the score, how many gave each answer, and the spread. */
export function ActionsTable({ actions }: { actions: GroupActionView[] }) {
  const { index, scale } = useContent();
  const options = [...scale.options].sort((a, b) => a.value - b.value);
  return (
    <section aria-labelledby="sum-actions" className="gs-section gs-actions">
      <h2 id="sum-actions">Every action, largest gap first</h2>
      <p className="hint">
        How many gave each answer: {options.map((o) => `${o.value} “${o.label}”`).join(', ')}; ? “
        {scale.notSure.label}”. Spread: highest answer less lowest. “split” marks the actions the
        group is split on, by the rule under “Where the group was split”, not by the spread.
      </p>
      <div className="table-scroll">
        <table className="gs-table compact">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <NumberHeaders
                labels={[
                  'Score',
                  'Average',
                  ...options.map((o) => (
                    <abbr key={o.value} title={o.label}>
                      {o.value}
                    </abbr>
                  )),
                  <abbr key="?" title={scale.notSure.label}>
                    ?
                  </abbr>,
                ]}
              />
              <th scope="col">Spread</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => (
              <tr key={a.actionId}>
                <th scope="row">{index.actionText(a.actionId)}</th>
                <td className="num">{formatScore(a.score)}</td>
                <td className="num">{formatMean(a.mean)}</td>
                {options.map((o) => (
                  <td className="num" key={o.value}>
                    {a.counts[o.value] ?? 0}
                  </td>
                ))}
                <td className="num">{a.notSure}</td>
                <td>
                  {a.spread ?? '–'}
                  {a.disagreement && <strong> split</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
