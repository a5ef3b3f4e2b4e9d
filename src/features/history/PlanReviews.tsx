import { Link } from 'react-router';
import { reviewedCommitments } from '../../domain/history/planReview';
import type { HistoryEntry } from '../../domain/history/round';
import type { HistoryPoint } from '../../domain/history/series';
import { paths } from '../../routing/paths';
import { roundDate } from '../../domain/display';
import { ReviewedCommitmentsTable } from '../../components/history/ReviewedCommitmentsTable';
import { ScrollArea } from '../../components/ScrollArea';

/** For every kept round with a plan: what became of each commitment, and how its answer moved by the next round. */
export function PlanReviews({
  points,
  byId,
  reviewable,
}: {
  points: HistoryPoint[];
  byId: Map<string, HistoryEntry>;
  /** The round whose plan can still be reviewed from here. */
  reviewable: string | null;
}) {
  const withPlans = points.flatMap((p, i) => {
    const entry = byId.get(p.id);
    const next = points[i + 1];
    return entry && next && entry.assessment.plan.length > 0 ? [{ entry, next }] : [];
  });
  if (withPlans.length === 0) return null;
  return (
    <section aria-labelledby="reviews-title">
      <h2 id="reviews-title">Did you do what you said?</h2>
      {withPlans.map(({ entry, next }) => (
        <div key={entry.id} className="plan-review">
          <ScrollArea label={`The plan of ${roundDate(entry.savedAt)}`}>
            <ReviewedCommitmentsTable
              caption={`The plan of ${roundDate(entry.savedAt)}, and the answers ${next.label === 'Now' ? 'now' : `on ${roundDate(next.date)}`}`}
              rows={reviewedCommitments(
                entry.assessment.plan,
                entry.review,
                entry.assessment.answers,
                next.answers,
              )}
            />
          </ScrollArea>
          {entry.review === null && entry.id === reviewable && (
            <p>
              <Link to={paths.review.href()}>Review this plan</Link>
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
