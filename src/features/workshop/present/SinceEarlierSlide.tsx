import { formatScore } from '../../../domain/display';
import { PageHeading } from '../../../components/PageHeading';
import { outcomeLabel } from '../../../domain/history/planReview';
import { describeChange } from '../../../domain/scoring/compare';
import { scaleMax } from '../../../domain/scoring/score';
import type { Slide } from '../../../domain/group/slides';
import { earlierName, scoreThenNow } from '../shared/groupChangeText';
import { useContent } from '../../../components/content/ContentContext';
import './sinceSlide.css';

/**
 * The one "since last time" screen: section scores then and now, the action that moved most, and
 * what became of the earlier plan. Group figures only, all worked out in the group report.
 */
export function SinceEarlierSlide({ slide }: { slide: Extract<Slide, { kind: 'since' }> }) {
  const { index, scale } = useContent();
  const { since } = slide;
  const change = (c: Parameters<typeof describeChange>[0]) =>
    describeChange(c, scale.notSure.label);
  const rows = [
    ...since.sections.map((s) => ({ ...s, title: index.sectionOf(s.id).title })),
    { ...since.overall, title: 'Overall' },
  ];
  const reviewed = since.commitments.filter((c) => c.outcome !== null);
  return (
    <>
      <PageHeading
        title={`Since ${earlierName(since.earlier)}`}
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
                (m, i) =>
                  `${index.actionText(m.actionId)} ${scoreThenNow(since.topMoveMeans[i]!.then, since.topMoveMeans[i]!.now, m.movement, scaleMax(scale))}`,
              )
              .join('; ')}.`}
      </p>
      {since.commitments.length > 0 && (
        <p>
          <strong>Last time we committed to: </strong>
          {since.commitments
            .map(
              (c) =>
                `${index.actionText(c.actionId)} (${c.outcome ? outcomeLabel(c.outcome).toLowerCase() : 'not reviewed'})`,
            )
            .join('; ')}
          .{reviewed.length === 0 && ' Review it on the workshop page.'}
        </p>
      )}
    </>
  );
}
