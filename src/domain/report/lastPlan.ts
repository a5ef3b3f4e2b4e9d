import { roundDate } from '../display';
import { outcomeLabel } from '../history/planReview';
import type { HistoryEntry } from '../history/round';
import { unfinishedCommitments, type UnfinishedCommitment } from '../plan/propose';

export interface LastPlan {
  /** Reviewed "Not done" or "Partly done" last time: offered at the top of the new plan (issue 25). */
  unfinished: UnfinishedCommitment[];
  /** For each of those actions, what its card says of last time: the date, the review and its note. */
  remarks: Map<string, string>;
}

/** The previous round's unfinished commitments, with last time's words and review, for the new plan. */
export function lastPlan(previous: HistoryEntry | null): LastPlan {
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
}
