import type { PlanItem } from '../plan/planItem';
import type { Answers } from '../scoring/answers';

/**
 * The areas of the last plan whose answer did not go up since: they were committed to and have not
 * moved, so the new plan flags them. An action without a score then or now is not counted: there is
 * nothing to say it stood still.
 */
export function unmovedPlanActions(
  lastPlan: readonly PlanItem[],
  lastAnswers: Answers,
  nowAnswers: Answers,
): string[] {
  return lastPlan
    .map((p) => p.actionId)
    .filter((id) => {
      const before = lastAnswers[id];
      const after = nowAnswers[id];
      return typeof before === 'number' && typeof after === 'number' && after <= before;
    });
}
