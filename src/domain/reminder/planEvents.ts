import type { Checklist } from '../content/types';
import type { PlanItem } from '../plan/planItem';
import type { CalendarEvent } from './ics';

/** The id of an action's event: the same for every download of this plan, so a calendar moves it. */
export const planEventUid = (assessmentId: string, actionId: string) =>
  `plan-${assessmentId}-${actionId}@key-actions-for-innovation`;

/**
 * An all-day event for each action of the plan with a "by when" date from today on (a past date would
 * only ring its alarm at once), in the plan's order.
 */
export function planEvents(
  plan: readonly PlanItem[],
  checklist: Checklist,
  assessmentId: string,
  today: string,
): CalendarEvent[] {
  const actions = new Map(checklist.sections.flatMap((s) => s.actions.map((a) => [a.id, a])));
  return plan.flatMap((item) => {
    if (item.byWhen === null || item.byWhen < today) return [];
    const action = actions.get(item.actionId)?.text ?? item.actionId;
    const lines = [
      `What I will do: ${item.what}`,
      ...(item.who ? [`Who I will involve: ${item.who}`] : []),
      ...(item.measure ? [`How I will know it is working: ${item.measure}`] : []),
    ];
    return [
      {
        uid: planEventUid(assessmentId, item.actionId),
        date: item.byWhen,
        summary: `Plan due: ${action}`,
        description: lines.join('\n'),
      },
    ];
  });
}
