import type { PlanItem } from '../plan/planItem';
import type { Answers, AnswerValue } from '../scoring/answers';
import { movementOf, pointsBetween, type Movement } from './changes';

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

export interface ReviewedCommitment {
  actionId: string;
  /** What was committed to. */
  what: string;
  /** null when the commitment was not reviewed. */
  outcome: ReviewOutcome | null;
  note: string;
  before: AnswerValue | null;
  after: AnswerValue | null;
  movement: Movement;
  /** after − before on the scale; null unless both are on it. */
  points: number | null;
}

/**
 * Each commitment of a round's plan beside what the leader said became of it and how the action's
 * answer moved from that round to the next: "did we do what we said, and did it show?".
 */
export function reviewedCommitments(
  plan: readonly PlanItem[],
  review: readonly PlanReviewItem[] | null,
  thenAnswers: Answers,
  nowAnswers: Answers,
): ReviewedCommitment[] {
  const byAction = new Map((review ?? []).map((r) => [r.actionId, r]));
  return plan.map((item) => {
    const before = thenAnswers[item.actionId] ?? null;
    const after = nowAnswers[item.actionId] ?? null;
    const reviewed = byAction.get(item.actionId);
    return {
      actionId: item.actionId,
      what: item.what,
      outcome: reviewed?.outcome ?? null,
      note: reviewed?.note ?? '',
      before,
      after,
      movement: movementOf(before, after),
      points: pointsBetween(before, after),
    };
  });
}
