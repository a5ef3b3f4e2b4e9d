import { useMemo } from 'react';
import { ScrollArea } from '../../components/ScrollArea';
import { reviewedCommitments } from '../../domain/history/planReview';
import { useAssessmentStore } from '../../state/assessmentStore';
import { roundDate } from './historyContent';
import { ReviewedCommitmentsTable } from './ReviewedCommitmentsTable';
import { usePreviousRound } from './useHistory';

/** "Last time I committed to …": the previous round's plan, its review and how each answer moved. */
export function LastTimeCommitted() {
  const previous = usePreviousRound();
  const answers = useAssessmentStore((s) => s.assessment.answers);
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
