import { PLAN_LIMITS } from '../domain/plan/planItem';

/** Said in place of "add an action" once a plan, personal or the group's, holds all it can. */
export function PlanFull({ whose }: { whose: 'Your plan' | 'The plan' }) {
  return (
    <p>
      {whose} has {PLAN_LIMITS.maxItems} actions, the most it can hold. Remove one to add another.
    </p>
  );
}
