import { useMemo } from 'react';
import { ScrollArea } from '../ScrollArea';
import { roundDate } from '../../domain/display';
import { reviewedCommitments } from '../../domain/history/planReview';
import type { LastRound } from '../../domain/history/whole';
import { ReviewedCommitmentsTable } from './ReviewedCommitmentsTable';

/** "Last time I committed to …": the previous round's plan, its review and how each answer moved. */
export function LastTimeCommitted({ last }: { last: LastRound }) {
  const { previous, answers } = last;
  const rows = useMemo(
    () =>
      previous &&
      reviewedCommitments(
        previous.assessment.plan,
        previous.review,
        previous.assessment.answers,
        answers,
      ),
    [previous, answers],
  );
  if (!previous || !rows || rows.length === 0) return null;
  return (
    <section aria-labelledby="last-time-title" className="summary-block">
      <h2 id="last-time-title">Last time I committed to …</h2>
      <ScrollArea label="Last time I committed to">
        <ReviewedCommitmentsTable
          caption={`My plan of ${roundDate(previous.savedAt)}, what became of it, and how my answers moved`}
          rows={rows}
        />
      </ScrollArea>
    </section>
  );
}
