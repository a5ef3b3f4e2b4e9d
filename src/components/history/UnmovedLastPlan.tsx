import { useMemo } from 'react';
import { unmovedPlanActions } from '../../domain/history/unmoved';
import { checklistIndex } from '../../domain/content/contentIndex';
import { roundDate } from '../../domain/display';
import type { LastRound } from '../../domain/history/whole';

const { actionText } = checklistIndex;

/**
 * On the new plan: the areas that were in the last plan and whose answer has not moved up since, so
 * the leader can decide to try again or try differently.
 */
export function UnmovedLastPlan({ last }: { last: LastRound }) {
  const { previous, answers } = last;
  const unmoved = useMemo(
    () =>
      previous
        ? unmovedPlanActions(previous.assessment.plan, previous.assessment.answers, answers)
        : [],
    [previous, answers],
  );
  if (!previous || unmoved.length === 0) return null;
  return (
    <div className="inset" role="note" aria-labelledby="unmoved-title">
      <h2 id="unmoved-title">In your plan of {roundDate(previous.savedAt)}, and not moved since</h2>
      <ul>
        {unmoved.map((id) => (
          <li key={id}>{actionText(id)}</li>
        ))}
      </ul>
      <p>Each is marked below where it is in this plan too.</p>
    </div>
  );
}

/** The same areas, for marking the plan's own entries. */
export function useUnmovedLastPlan({ previous, answers }: LastRound): Set<string> {
  return useMemo(
    () =>
      new Set(
        previous
          ? unmovedPlanActions(previous.assessment.plan, previous.assessment.answers, answers)
          : [],
      ),
    [previous, answers],
  );
}
