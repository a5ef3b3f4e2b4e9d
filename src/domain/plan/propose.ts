import type { PlanReviewItem, ReviewOutcome } from '../history/planReview';
import type { PlanItem } from './planItem';
import { PLAN_LIMITS } from './planItem';

/** How many weak areas a first plan proposes: three to choose from, not five to prune (issue 25). */
export const PROPOSED_AREAS = 3;

export const blankPlanItem = (actionId: string): PlanItem => ({
  actionId,
  what: '',
  who: '',
  byWhen: null,
  measure: '',
});

/** A commitment of the last plan that its review found unfinished: offered again (issue 25). */
export interface UnfinishedCommitment {
  item: PlanItem;
  outcome: Extract<ReviewOutcome, 'partly' | 'not-done'>;
  note: string;
}

/** The last plan's commitments reviewed "Not done" or "Partly done", in the plan's order. */
export function unfinishedCommitments(
  plan: readonly PlanItem[],
  review: readonly PlanReviewItem[] | null,
): UnfinishedCommitment[] {
  const byAction = new Map((review ?? []).map((r) => [r.actionId, r]));
  return plan.flatMap((item) => {
    const r = byAction.get(item.actionId);
    return r && (r.outcome === 'partly' || r.outcome === 'not-done')
      ? [{ item, outcome: r.outcome, note: r.note }]
      : [];
  });
}

/**
 * The first proposal for a plan: the unfinished commitments of the last plan first, with last time's
 * words (not its date, which has most likely passed), then the three weakest areas not among them; at
 * most the plan's limit. Each can be removed.
 */
export function proposePlan(
  weakestActionIds: readonly string[],
  unfinished: readonly UnfinishedCommitment[] = [],
): PlanItem[] {
  const carried = unfinished.map((u) => ({ ...u.item, byWhen: null }));
  const taken = new Set(carried.map((c) => c.actionId));
  const weakest = weakestActionIds
    .filter((id) => !taken.has(id))
    .slice(0, PROPOSED_AREAS)
    .map(blankPlanItem);
  return [...carried, ...weakest].slice(0, PLAN_LIMITS.maxItems);
}
