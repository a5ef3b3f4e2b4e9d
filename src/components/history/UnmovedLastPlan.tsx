import { roundDate } from '../../domain/display';
import type { HistoryEntry } from '../../domain/history/round';
import { useContent } from '../content/ContentContext';

/**
 * On the new plan: the areas that were in the last plan and whose answer has not moved up since, so
 * the leader can decide to try again or try differently (domain/report works out which).
 */
export function UnmovedLastPlan({
  unmoved,
  previous,
}: {
  unmoved: readonly string[];
  previous: HistoryEntry | null;
}) {
  const { actionText } = useContent().index;
  if (!previous || unmoved.length === 0) return null;
  return (
    <div className="inset" role="note" aria-labelledby="unmoved-title">
      <h2 id="unmoved-title">In your plan of {roundDate(previous.savedAt)}, and not moved since</h2>
      <ul>
        {unmoved.map((id) => (
          <li key={id}>{actionText(id)}</li>
        ))}
      </ul>
      <p>Each is marked below where it is in this plan too.</p>
    </div>
  );
}
