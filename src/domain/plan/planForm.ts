import { checkFutureDate, dateParts } from './date';
import type { PlanFormItem } from './planFormSchema';
import type { PlanItem } from './planItem';

export function toFormItem(item: PlanItem, actionText: string): PlanFormItem {
  return {
    actionId: item.actionId,
    actionText,
    what: item.what,
    who: item.who,
    measure: item.measure,
    ...dateParts(item.byWhen),
  };
}

/**
 * Form values back to saved plan items, on every change. A date is kept once it is a real date (past or
 * not: the form says when it is past); a half-typed date is not a date yet and is saved as none.
 */
export function toPlanItem(fields: Partial<PlanFormItem>): PlanItem {
  const date = checkFutureDate(
    { day: fields.day ?? '', month: fields.month ?? '', year: fields.year ?? '' },
    '0000-01-01',
  );
  return {
    actionId: fields.actionId ?? '',
    what: fields.what ?? '',
    who: fields.who ?? '',
    byWhen: date.ok ? date.iso : null,
    measure: fields.measure ?? '',
  };
}
