import { useMemo } from 'react';
import { outcomeLabel } from '../../domain/history/planReview';
import { unfinishedCommitments, type UnfinishedCommitment } from '../../domain/plan/propose';
import { roundDate } from '../../domain/display';
import { usePreviousRound } from '../../state/historyReads';

export interface LastPlan {
  /** Reviewed "Not done" or "Partly done" last time: offered at the top of the new plan (issue 25). */
  unfinished: UnfinishedCommitment[];
  /** For each of those actions, what its card says of last time: the date, the review and its note. */
  remarks: Map<string, string>;
}

/** The last round's unfinished commitments, with last time's words and review, for the new plan. */
export function useLastPlan(): LastPlan {
  const previous = usePreviousRound();
  return useMemo(() => {
    if (!previous) return { unfinished: [], remarks: new Map() };
    const unfinished = unfinishedCommitments(previous.assessment.plan, previous.review);
    const when = roundDate(previous.savedAt);
    const remarks = new Map(
      unfinished.map((u) => [
        u.item.actionId,
        `In your plan of ${when}, reviewed as “${outcomeLabel(u.outcome)}”${u.note ? `: “${u.note}”` : ''}. Last time's words are below, to keep or change.`,
      ]),
    );
    return { unfinished, remarks };
  }, [previous]);
}
