import type { GroupActionView } from '../../../domain/group/groupView';
import { useContent } from '../../../components/content/ContentContext';
import { whoAnswered } from '../shared/describeAnswers';

/** The data behind a dot strip: each answer, how many gave it, and who. */
export function AnswersTable({ action }: { action: GroupActionView }) {
  const { index, scale } = useContent();
  return (
    <details>
      <summary>
        Who answered what{' '}
        <span className="visually-hidden">for “{index.actionText(action.actionId)}”</span>
      </summary>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">
            Answers to “{index.actionText(action.actionId)}”
          </caption>
          <thead>
            <tr>
              <th scope="col">Answer</th>
              <th scope="col" className="num">
                How many
              </th>
              <th scope="col">Participants</th>
            </tr>
          </thead>
          <tbody>
            {whoAnswered(action, scale).map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td className="num">{row.people.length}</td>
                <td>{row.people.join(', ') || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
