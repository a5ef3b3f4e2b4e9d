import { z } from 'zod';
import { checkFutureDate, dateParts } from '../../../domain/plan/date';
import { PLAN_LIMITS, type PlanItem } from '../../../domain/plan/planItem';

// The same rules as the personal action plan (domain/plan): what is required, the limits in
// PLAN_LIMITS, and a "by when" date that is optional but, when given, real and not in the past.
// Imported only by the lazily loaded workshop pages: zod stays out of the first load.

export function planItemSchema(today: string) {
  return z
    .object({
      actionId: z.string().min(1, 'Select the action this is about'),
      what: z
        .string()
        .trim()
        .min(1, 'Enter what the group will do')
        .max(
          PLAN_LIMITS.what,
          `What the group will do must be ${PLAN_LIMITS.what} characters or fewer`,
        ),
      who: z
        .string()
        .trim()
        .max(PLAN_LIMITS.who, `Who owns it must be ${PLAN_LIMITS.who} characters or fewer`),
      day: z.string(),
      month: z.string(),
      year: z.string(),
      measure: z
        .string()
        .trim()
        .max(
          PLAN_LIMITS.measure,
          `How you will know it is working must be ${PLAN_LIMITS.measure} characters or fewer`,
        ),
    })
    .superRefine((v, ctx) => {
      const date = checkFutureDate(v, today, 'The date');
      if (!date.ok) ctx.addIssue({ code: 'custom', path: ['day'], message: date.message });
    });
}

export type PlanItemForm = z.input<ReturnType<typeof planItemSchema>>;

export function toPlanItem(v: PlanItemForm, today: string): PlanItem {
  const date = checkFutureDate(v, today);
  return {
    actionId: v.actionId,
    what: v.what.trim(),
    who: v.who.trim(),
    byWhen: date.ok ? date.iso : null,
    measure: v.measure.trim(),
  };
}

export function fromPlanItem(item: PlanItem | undefined, actionId = ''): PlanItemForm {
  return {
    actionId: item?.actionId ?? actionId,
    what: item?.what ?? '',
    who: item?.who ?? '',
    ...dateParts(item?.byWhen),
    measure: item?.measure ?? '',
  };
}
