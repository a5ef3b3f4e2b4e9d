import { formatScore } from '../../../domain/display';
import { PageHeading } from '../../../components/PageHeading';
import { outcomeLabel } from '../../../domain/history/planReview';
import { describeChange } from '../../../domain/scoring/compare';
import type { GroupResult } from '../../../domain/scoring/group';
import type { Workshop } from '../../../domain/workshop/workshop';
import { earlierName, meanThenNow } from '../groupChangeText';
import { useGroupSince } from '../useGroupSince';
import { actionText, scale, sectionOf } from '../workshopContent';
import './sinceSlide.css';

/**
 * The one "since last time" screen: section scores then and now, the action that moved most, and
 * what became of the earlier plan. Group figures only.
 */
export function SinceEarlierSlide({ workshop, group }: { workshop: Workshop; group: GroupResult }) {
  const since = useGroupSince(workshop, group);
  const earlier = workshop.earlier;
  if (!since || !earlier) return null;
  const change = (c: Parameters<typeof describeChange>[0]) =>
    describeChange(c, scale.notSure.label);
  const rows = [
    ...since.sections.map((s) => ({ ...s, title: sectionOf(s.id).title })),
    { ...since.overall, title: 'Overall' },
  ];
  const reviewed = since.commitments.filter((c) => c.outcome !== null);
  return (
    <>
      <PageHeading
        title={`Since ${earlierName(earlier)}`}
        caption="Group scores out of 100, then → now"
      />
      <ul className="slide-list slide-since-rows">
        {rows.map((r) => (
          <li key={r.id}>
            <span className="slide-item-title">{r.title}</span>
            <strong className="slide-item-figure">
              {formatScore(r.before)} → {formatScore(r.after)}: {change(r).toLowerCase()}
            </strong>
          </li>
        ))}
      </ul>
      <p className="slide-since-moves">
        {since.topMoves.length === 0
          ? 'No action’s group average has moved.'
          : `Moved most (group average, 0 to 4): ${since.topMoves
              .map((m) => `${actionText(m.actionId)} ${meanThenNow(m)}`)
              .join('; ')}.`}
      </p>
      {since.commitments.length > 0 && (
        <p>
          <strong>Last time we committed to: </strong>
          {since.commitments
            .map(
              (c) =>
                `${actionText(c.actionId)} (${c.outcome ? outcomeLabel(c.outcome).toLowerCase() : 'not reviewed'})`,
            )
            .join('; ')}
          .{reviewed.length === 0 && ' Review it on the workshop page.'}
        </p>
      )}
    </>
  );
}
