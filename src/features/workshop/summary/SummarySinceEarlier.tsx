import { describeChange } from '../../../domain/scoring/compare';
import { formatScore } from '../../../domain/scoring/format';
import type { GroupResult } from '../../../domain/scoring/group';
import type { Workshop } from '../../../domain/workshop/workshop';
import { GroupCommitmentsTable } from '../GroupCommitmentsTable';
import { earlierName, meanThenNow } from '../groupChangeText';
import { useGroupSince } from '../useGroupSince';
import { actionText, scale, sectionOf } from '../workshopContent';

/** On paper: what moved since the earlier workshop, and "Last time we committed to …". */
export function SummarySinceEarlier({
  workshop,
  group,
}: {
  workshop: Workshop;
  group: GroupResult;
}) {
  const since = useGroupSince(workshop, group);
  const earlier = workshop.earlier;
  if (!since || !earlier) return null;
  const change = (c: Parameters<typeof describeChange>[0]) =>
    describeChange(c, scale.notSure.label);
  return (
    <section aria-labelledby="sum-since" className="gs-section gs-since">
      <h2 id="sum-since">Since {earlierName(earlier)}</h2>
      <table className="gs-table compact">
        <caption className="visually-hidden">
          Group scores out of 100 then ({since.participants.before} participants) and now (
          {since.participants.after} participants)
        </caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col" className="num">
              Then
            </th>
            <th scope="col" className="num">
              Now
            </th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {since.sections.map((s) => (
            <tr key={s.id}>
              <th scope="row">{sectionOf(s.id).title}</th>
              <td className="num">{formatScore(s.before)}</td>
              <td className="num">{formatScore(s.after)}</td>
              <td>{change(s)}</td>
            </tr>
          ))}
          <tr className="total">
            <th scope="row">Overall</th>
            <td className="num">{formatScore(since.overall.before)}</td>
            <td className="num">{formatScore(since.overall.after)}</td>
            <td>{change(since.overall)}</td>
          </tr>
        </tbody>
      </table>
      <p>
        {since.participants.before} participants then, {since.participants.after} now; group figures
        only.{' '}
        {since.topMoves.length === 0
          ? 'No action’s group average (0 to 4) moved.'
          : `Group averages (0 to 4) that moved most: ${since.topMoves
              .map((m) => `${actionText(m.actionId)} ${meanThenNow(m)}`)
              .join('; ')}.`}
      </p>
      {since.commitments.length > 0 && (
        <>
          <h3>Last time we committed to …</h3>
          <GroupCommitmentsTable
            caption={`The group action plan of ${earlierName(earlier)}, what became of it, and how the group's average answer moved`}
            rows={since.commitments}
          />
        </>
      )}
    </section>
  );
}
