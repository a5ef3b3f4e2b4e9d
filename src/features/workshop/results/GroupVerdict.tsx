import { formatScore, scoreInWords } from '../../../domain/display';
import type { GroupView } from '../../../domain/group/groupView';
import { useContent } from '../../../components/content/ContentContext';

/** The group's results in one paragraph and two figures, each one kind of number. */
export function GroupVerdict({ view }: { view: GroupView }) {
  const { index, scale } = useContent();
  const { group, splitCount, weak } = view;
  const words = scoreInWords(scale, group.overall.score);
  const people = group.participants === 1 ? 'member has' : 'members have';
  const split =
    splitCount === 0
      ? 'The group is not split on any action'
      : `The group is split on ${splitCount} ${splitCount === 1 ? 'action' : 'actions'}`;
  const weakest = weak[0]
    ? `; its weakest area is “${index.actionText(weak[0].actionId)}”.`
    : '; no action averages “To some extent” or below.';
  return (
    <div className="verdict">
      <p className="lead">
        {group.participants} {people} answered. The group scores{' '}
        <strong>{formatScore(group.overall.score)} out of 100</strong>
        {words && `, ${words}`}. {split}
        {weakest}
      </p>
      {/* The score is in the paragraph above, with what it stands for: not repeated in a card. */}
      <div className="stats">
        <p className="stat">
          <span className="value">{splitCount}</span>
          <span className="label">
            {splitCount === 1 ? 'action' : 'actions'} the group is split on
          </span>
        </p>
        <p className="stat">
          <span className="value">{weak.length}</span>
          <span className="label">weakest {weak.length === 1 ? 'area' : 'areas'} to discuss</span>
        </p>
      </div>
    </div>
  );
}
