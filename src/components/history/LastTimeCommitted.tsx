import { ScrollArea } from '../ScrollArea';
import { roundDate } from '../../domain/display';
import type { ReviewedCommitment } from '../../domain/history/planReview';
import type { HistoryEntry } from '../../domain/history/round';
import { ReviewedCommitmentsTable } from './ReviewedCommitmentsTable';

/** "Last time I committed to …": the previous round's plan, its review and how each answer moved. */
export function LastTimeCommitted({
  commitments,
  previous,
}: {
  commitments: ReviewedCommitment[];
  previous: HistoryEntry | null;
}) {
  if (!previous || commitments.length === 0) return null;
  return (
    <section aria-labelledby="last-time-title" className="summary-block">
      <h2 id="last-time-title">Last time I committed to …</h2>
      <ScrollArea label="Last time I committed to">
        <ReviewedCommitmentsTable
          caption={`My plan of ${roundDate(previous.savedAt)}, what became of it, and how my answers moved`}
          rows={commitments}
        />
      </ScrollArea>
    </section>
  );
}
