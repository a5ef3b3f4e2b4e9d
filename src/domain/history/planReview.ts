import type { PlanItem } from '../plan/planItem';

/** What became of one commitment, in the leader's (or group's) own judgement. */
export type ReviewOutcome = 'done' | 'partly' | 'not-done' | 'dropped';

export const REVIEW_OUTCOMES: readonly { value: ReviewOutcome; label: string }[] = [
  { value: 'done', label: 'Done' },
  { value: 'partly', label: 'Partly done' },
  { value: 'not-done', label: 'Not done' },
  { value: 'dropped', label: 'Dropped' },
];

export const REVIEW_NOTE_MAX_LENGTH = 1000;

export interface PlanReviewItem {
  actionId: string;
  outcome: ReviewOutcome;
  note: string;
}

export const outcomeLabel = (outcome: ReviewOutcome) =>
  REVIEW_OUTCOMES.find((o) => o.value === outcome)!.label;

/** The plan items still to review: every commitment of the plan, in the plan's order. */
export function reviewFor(
  plan: readonly PlanItem[],
  answers: Readonly<Record<string, { outcome: ReviewOutcome | ''; note: string } | undefined>>,
): { review: PlanReviewItem[]; missing: string[] } {
  const review: PlanReviewItem[] = [];
  const missing: string[] = [];
  for (const item of plan) {
    const answer = answers[item.actionId];
    if (!answer || answer.outcome === '') missing.push(item.actionId);
    else
      review.push({ actionId: item.actionId, outcome: answer.outcome, note: answer.note.trim() });
  }
  return { review, missing };
}
