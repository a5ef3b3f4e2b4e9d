import { useContent } from '../../components/content/ContentContext';
import type { ActionResult } from '../../domain/scoring/score';

/**
 * Notes the leader wrote on actions they answered "Not sure": often the most useful thing to take
 * into a conversation, and not among the weakest areas, which are scored answers only.
 */
export function NotSureNotes({
  actions,
  notes,
}: {
  actions: readonly ActionResult[];
  notes: Record<string, string>;
}) {
  const { actionText } = useContent().index;
  const noted = actions.filter((a) => a.status === 'not-sure' && notes[a.actionId]?.trim());
  if (noted.length === 0) return null;
  return (
    <section aria-labelledby="summary-not-sure" className="summary-block">
      <h2 id="summary-not-sure">My notes on the actions I was not sure about</h2>
      <ul>
        {noted.map((a) => (
          <li key={a.actionId}>
            <strong>{actionText(a.actionId)}</strong>: {notes[a.actionId]}
          </li>
        ))}
      </ul>
    </section>
  );
}
