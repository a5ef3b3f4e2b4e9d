import type { PlanItem } from './planItem';
import { PLAN_LIMITS } from './planItem';

export const blankPlanItem = (actionId: string): PlanItem => ({
  actionId,
  what: '',
  who: '',
  byWhen: null,
  measure: '',
});

/** The first proposal for a plan: the weakest areas, in order, up to the plan's limit. */
export function proposePlan(weakestActionIds: readonly string[]): PlanItem[] {
  return weakestActionIds.slice(0, PLAN_LIMITS.maxItems).map(blankPlanItem);
}
