import { isPlainObject, type CheckResult } from '../assessment/checkAssessment';
import type { Checklist } from '../content/types';
import { isPlanDate } from '../plan/date';
import { PLAN_LIMITS, type PlanItem } from '../plan/planItem';

const fail = (message: string): CheckResult<never> => ({ ok: false, message });

/** Text of at most `max` characters; missing counts as empty. */
export function checkText(
  v: unknown,
  label: string,
  max: number,
  required = false,
): CheckResult<string> {
  const value = v ?? '';
  if (typeof value !== 'string') return fail(`${label} is not text.`);
  if (value.length > max) return fail(`${label} is longer than ${max} characters.`);
  if (required && value.trim() === '') return fail(`${label} is empty.`);
  return { ok: true, value };
}

/** A group action plan, the workshop's own or the earlier workshop's it is compared with. */
export function checkGroupPlan(v: unknown, checklist: Checklist): CheckResult<PlanItem[]> {
  const raw = v ?? [];
  if (!Array.isArray(raw)) return fail('the group action plan is not a list.');
  if (raw.length > PLAN_LIMITS.maxItems)
    return fail(`the group action plan has more than ${PLAN_LIMITS.maxItems} actions.`);
  const actionIds = new Set(checklist.sections.flatMap((s) => s.actions.map((a) => a.id)));
  const plan: PlanItem[] = [];
  for (const [i, item] of raw.entries()) {
    const which = `group action ${i + 1}`;
    if (!isPlainObject(item)) return fail(`${which} is not in the expected form.`);
    if (typeof item.actionId !== 'string' || !actionIds.has(item.actionId))
      return fail(`${which} is not about an action in this checklist.`);
    // One group action per checklist action, as in the personal plan.
    if (plan.some((p) => p.actionId === item.actionId))
      return fail(`the group action plan has "${item.actionId}" twice.`);
    const what = checkText(item.what, `what the group will do (${which})`, PLAN_LIMITS.what, true);
    if (!what.ok) return what;
    const who = checkText(item.who, `the owner of ${which}`, PLAN_LIMITS.who);
    if (!who.ok) return who;
    const measure = checkText(item.measure, `the measure of ${which}`, PLAN_LIMITS.measure);
    if (!measure.ok) return measure;
    const byWhen = item.byWhen ?? null;
    if (byWhen !== null && !isPlanDate(byWhen))
      return fail(`the date of ${which} is not a date from 1900 to 2100.`);
    plan.push({
      actionId: item.actionId,
      what: what.value,
      who: who.value,
      byWhen,
      measure: measure.value,
    });
  }
  return { ok: true, value: plan };
}
