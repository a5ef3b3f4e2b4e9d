import { answerLabel } from '../../../domain/answerLabel';
import type { GroupActionView } from '../../../domain/group/groupView';
import { useContent } from '../../../components/content/ContentContext';

/** "One member sees this differently", or "Two members …": the count in words, as people say it. */
export function seesItDifferently(n: number): string {
  const words = ['No member', 'One member', 'Two members', 'Three members'];
  return `${words[n] ?? `${n} members`} ${n === 1 ? 'sees' : 'see'} this differently`;
}

/**
 * Actions where a member or two stand apart from everyone else, but the group is not split: worth a
 * word with that member, not a group discussion.
 */
export function OutlierList({ actions }: { actions: GroupActionView[] }) {
  const { index, scale } = useContent();
  const { actionText } = index;
  if (actions.length === 0) return null;
  return (
    <section aria-labelledby="outliers">
      <h2 id="outliers">Where a member sees it differently</h2>
      <p>
        On these actions the rest of the group agrees within a point, and one or two members
        answered two or more points away. That is not a split; it may be worth asking them why.
      </p>
      <ul className="outlier-list">
        {actions.map((a) => (
          <li key={a.actionId}>
            <strong>{actionText(a.actionId)}</strong>: {seesItDifferently(a.outliers).toLowerCase()}{' '}
            (the middle answer: “
            {answerLabel(scale, a.median === null ? null : Math.round(a.median))}”).
          </li>
        ))}
      </ul>
    </section>
  );
}
