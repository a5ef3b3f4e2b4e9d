import { outcomeLabel } from '../../../domain/history/planReview';
import type { SinceEarlier } from '../../../domain/group/groupReport';
import { earlierName, meanThenNow } from '../shared/groupChangeText';
import { useContent } from '../../../components/content/ContentContext';
import './summarySince.css';

/**
 * On paper, under the scores table that carries the section scores then: the actions that moved most
 * and "Last time we committed to …", side by side so the summary stays within three pages.
 */
export function SummarySinceEarlier({ since }: { since: SinceEarlier }) {
  const { index } = useContent();
  return (
    <section aria-labelledby="sum-since" className="gs-section gs-since">
      <h2 id="sum-since">Since {earlierName(since.earlier)}</h2>
      <div className="gs-since-grid">
        <div>
          <p>
            Group figures only, {since.participants.before} participants then and{' '}
            {since.participants.after} now.{' '}
            {since.topMoves.length === 0
              ? 'No action’s group average (0 to 4) moved.'
              : 'Moved most (average answer, 0 to 4):'}
          </p>
          {since.topMoves.length > 0 && (
            <ul className="gs-items">
              {since.topMoves.map((m) => (
                <li key={m.actionId}>
                  {index.actionText(m.actionId)} {meanThenNow(m)}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>Last time we committed to …</h3>
          {since.commitments.length === 0 ? (
            <p>The earlier workshop agreed no group actions.</p>
          ) : (
            <ul className="gs-items">
              {since.commitments.map((c) => (
                <li key={c.actionId}>
                  <strong>{index.actionText(c.actionId)}</strong>: {c.what}.{' '}
                  {c.outcome === null
                    ? 'Not reviewed yet'
                    : `${outcomeLabel(c.outcome)}${c.note ? `: ${c.note}` : ''}`}
                  ; average {meanThenNow(c)}.
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
