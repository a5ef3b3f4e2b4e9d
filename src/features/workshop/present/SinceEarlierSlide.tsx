import { formatScore } from '../../../domain/display';
import { PageHeading } from '../../../components/PageHeading';
import { outcomeLabel } from '../../../domain/history/planReview';
import { describeChange } from '../../../domain/scoring/compare';
import type { GroupResult } from '../../../domain/group/aggregate';
import type { Workshop } from '../../../domain/workshop/workshop';
import { earlierName, scoreThenNow } from '../shared/groupChangeText';
import { scaleMax } from '../../../domain/scoring/score';
import { summariseCounts } from '../../../domain/group/ownVsGroup';
import { useGroupSince } from '../shared/useGroupSince';
import { actionText, scale, sectionOf } from '../shared/workshopContent';
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
  // The exact means behind the moves, so a score here is the one the section slides show.
  const thenMean = (id: string) => {
    const a = earlier.figures.actions.find((x) => x.actionId === id);
    return a ? summariseCounts(a.counts).mean : null;
  };
  const nowMean = (id: string) => group.actions.find((x) => x.actionId === id)?.mean ?? null;
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
          ? 'No action’s group score has moved.'
          : `Moved most (group score out of 100): ${since.topMoves
              .map(
                (m) =>
                  `${actionText(m.actionId)} ${scoreThenNow(thenMean(m.actionId), nowMean(m.actionId), m.movement, scaleMax(scale))}`,
              )
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
