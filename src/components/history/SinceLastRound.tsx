import { Link } from 'react-router';
import { MOVEMENT_LABELS, type ActionChange, type SinceLast } from '../../domain/history/changes';
import { describeChange } from '../../domain/scoring/compare';
import { formatScore } from '../../domain/display';
import { answerLabel } from '../../domain/answerLabel';
import { paths } from '../../routing/paths';
import { roundDate } from '../../domain/display';
import type { HistoryEntry } from '../../domain/history/round';
import { useContent } from '../content/ContentContext';

/**
 * "Since <date of the last round>": the overall and section changes, and the actions that went up and
 * down most (a drop beside the rises, not only in the history table), as the page's report worked them
 * out (domain/report). Shown on the results page and printed on the summary; nothing when there is no
 * earlier round.
 */
export function SinceLastRound({
  since,
  previous,
  headingId = 'since-last',
}: {
  since: SinceLast | null;
  /** The round (or snapshot) compared with: its date heads the panel. */
  previous: HistoryEntry | null;
  headingId?: string;
}) {
  const { checklist, scale } = useContent();
  if (!previous || !since) return null;
  const date = roundDate(previous.savedAt);
  return (
    <section aria-labelledby={headingId} className="summary-block since-last">
      <h2 id={headingId}>Since {date}</h2>
      <p>
        Overall score: {formatScore(since.overall.before)} then, {formatScore(since.overall.after)}{' '}
        now ({describeChange(since.overall, scale.notSure.label).toLowerCase()}). Actions done to a
        large extent or fully: {since.coverage.before} then, {since.coverage.after} now.
      </p>
      <p>
        By section:{' '}
        {since.sections
          .map(
            (s, i) =>
              `${checklist.sections[i]!.title} ${describeChange(s, scale.notSure.label).toLowerCase()}`,
          )
          .join('; ')}
        .
      </p>
      {since.rises.length + since.drops.length + since.otherMoves === 0 ? (
        <p>No answer has moved.</p>
      ) : (
        <>
          <Moves title="Went up most:" moves={since.rises} none="No answer went up." />
          <Moves title="Went down most:" moves={since.drops} none="No answer went down." />
          {since.otherMoves > 0 && (
            <p>
              {since.otherMoves === 1
                ? '1 action moved between a score and "Not sure" or no answer'
                : `${since.otherMoves} actions moved between a score and "Not sure" or no answer`}
              : your whole history lists {since.otherMoves === 1 ? 'it' : 'them'}.
            </p>
          )}
        </>
      )}
      <p className="no-print">
        <Link to={paths.history.href()}>See your whole history</Link>
      </p>
    </section>
  );
}

/** One list of moves, its title a sentence; said in words when there is none. */
function Moves({ title, moves, none }: { title: string; moves: ActionChange[]; none: string }) {
  const { scale, index } = useContent();
  const { actionText } = index;
  if (moves.length === 0) return <p>{none}</p>;
  return (
    <>
      <p>{title}</p>
      <ul>
        {moves.map((m) => (
          <li key={m.actionId}>
            {actionText(m.actionId)}: {answerLabel(scale, m.before)} → {answerLabel(scale, m.after)}{' '}
            ({MOVEMENT_LABELS[m.movement].toLowerCase()})
          </li>
        ))}
      </ul>
    </>
  );
}
