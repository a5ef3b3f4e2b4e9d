import { formatScore } from '../../../domain/display';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { paths } from '../../../routing/paths';
import { describeChange } from '../../../domain/scoring/compare';
import type { SinceEarlier } from '../../../domain/group/groupReport';
import { ScrollArea } from '../../../components/ScrollArea';
import { GroupCommitmentsTable } from './GroupCommitmentsTable';
import { describeMeanChange, earlierName, mean, meanThenNow } from '../shared/groupChangeText';
import { useContent } from '../../../components/content/ContentContext';

const people = (n: number) => `${n} ${n === 1 ? 'participant' : 'participants'}`;

/**
 * "Since the earlier workshop": the group's change per section and per action, and what became of
 * the earlier group plan. Group figures only, so an anonymous workshop stays anonymous.
 */
export function GroupSinceEarlier({
  workshopId,
  since,
}: {
  workshopId: string;
  since: SinceEarlier;
}) {
  const { index, scale } = useContent();
  const { earlier } = since;
  const reviewPath = paths.workshopEarlierReview.href(workshopId);
  return (
    <section aria-labelledby="since-earlier" className="since-earlier">
      <h2 id="since-earlier">Since {earlierName(earlier)}</h2>
      <p>
        Group score {formatScore(since.overall.before)} then ({people(since.participants.before)}),{' '}
        {formatScore(since.overall.after)} now ({people(since.participants.after)}):{' '}
        <strong>{describeChange(since.overall, scale.notSure.label).toLowerCase()}</strong>. Only
        group figures are compared, never anyone's own answers.
      </p>
      <DataTable
        caption="The group's section scores then and now, out of 100"
        columns={[
          { label: 'Section' },
          { label: 'Then', numeric: true },
          { label: 'Now', numeric: true },
          { label: 'Change' },
        ]}
        rows={since.sections.map((s) => ({
          key: s.id,
          header: index.sectionOf(s.id).title,
          cells: [
            formatScore(s.before),
            formatScore(s.after),
            describeChange(s, scale.notSure.label),
          ],
        }))}
      />
      {since.topMoves.length === 0 ? (
        <p>No action's group average has moved.</p>
      ) : (
        <>
          <p>The actions whose group average (0 to 4) moved most:</p>
          <ul>
            {since.topMoves.map((m) => (
              <li key={m.actionId}>
                {index.actionText(m.actionId)}: {meanThenNow(m)}
              </li>
            ))}
          </ul>
        </>
      )}
      <details className="every-change">
        <summary>Every action's change, largest first</summary>
        <DataTable
          caption="Each action's group average answer (0 to 4) then and now"
          columns={[
            { label: 'Action' },
            { label: 'Then', numeric: true },
            { label: 'Now', numeric: true },
            { label: 'Change' },
          ]}
          rows={since.actions.map((a) => ({
            key: a.actionId,
            header: index.actionText(a.actionId),
            cells: [mean(a.before), mean(a.after), describeMeanChange(a)],
          }))}
        />
      </details>
      <h3>Did we do what we said?</h3>
      {since.commitments.length === 0 ? (
        <p>The earlier workshop agreed no group actions.</p>
      ) : (
        <>
          <ScrollArea label="The earlier group plan, what became of it">
            <GroupCommitmentsTable
              caption={`The group action plan of ${earlierName(earlier)}, what became of it, and how the group's average answer moved`}
              rows={since.commitments}
            />
          </ScrollArea>
          <p>
            <Link to={reviewPath}>
              {earlier.review ? 'Change the review of the earlier plan' : 'Review the earlier plan'}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
