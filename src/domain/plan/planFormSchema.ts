// zod/mini: the same validation as zod for a fraction of the bytes, since this loads with the plan page.
import * as z from 'zod/mini';
import { checkFutureDate } from './date';
import { PLAN_LIMITS } from './planItem';

/** The plan form as typed: dates in three boxes so that impossible dates can be named. */
export const planFormItem = z.object({
  actionId: z.string(),
  actionText: z.string(),
  what: z.string(),
  who: z.string(),
  day: z.string(),
  month: z.string(),
  year: z.string(),
  measure: z.string(),
});
export type PlanFormItem = z.infer<typeof planFormItem>;
export type PlanFormValues = { items: PlanFormItem[] };

/** A row with nothing typed in it: only the action chosen. */
export const isBlankRow = (item: PlanFormItem) =>
  [item.what, item.who, item.measure, item.day, item.month, item.year].every(
    (v) => v.trim() === '',
  );

/**
 * Validation for a personal or group plan. With `blankRowsPass`, a row with nothing typed never
 * blocks saving (issue 25): the action is chosen, its details to come. Messages follow GOV.UK patterns and name the action, since
 * up to five actions share one error summary. Built per render so "today" is always today.
 */
export function planFormSchema(
  today: string,
  whoLabel = 'Who you will involve',
  blankRowsPass = false,
) {
  return z
    .object({
      items: z
        .array(planFormItem)
        .check(
          z.maxLength(
            PLAN_LIMITS.maxItems,
            `A plan can have at most ${PLAN_LIMITS.maxItems} actions`,
          ),
        ),
    })
    .check(
      z.superRefine(({ items }, ctx) => {
        items.forEach((item, i) => {
          const about = `for “${item.actionText}”`;
          if (blankRowsPass && isBlankRow(item)) return;
          if (item.what.trim() === '') {
            ctx.addIssue({
              code: 'custom',
              path: ['items', i, 'what'],
              message: `Enter what you will do ${about}`,
            });
          } else if (item.what.length > PLAN_LIMITS.what) {
            ctx.addIssue({
              code: 'custom',
              path: ['items', i, 'what'],
              message: `What you will do ${about} must be ${PLAN_LIMITS.what} characters or fewer`,
            });
          }
          if (item.who.length > PLAN_LIMITS.who) {
            ctx.addIssue({
              code: 'custom',
              path: ['items', i, 'who'],
              message: `${whoLabel} ${about} must be ${PLAN_LIMITS.who} characters or fewer`,
            });
          }
          if (item.measure.length > PLAN_LIMITS.measure) {
            ctx.addIssue({
              code: 'custom',
              path: ['items', i, 'measure'],
              message: `How you will know it is working ${about} must be ${PLAN_LIMITS.measure} characters or fewer`,
            });
          }
          const date = checkFutureDate(item, today, `The date ${about}`);
          if (!date.ok)
            ctx.addIssue({ code: 'custom', path: ['items', i, 'day'], message: date.message });
        });
      }),
    );
}
