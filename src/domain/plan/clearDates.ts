import { isPlainObject } from '../assessment/checkAssessment';
import { describeValue } from '../assessment/describeValue';
import { formatDate } from '../display';
import { DATE_YEARS, isPlanDate, isRealDate } from './date';

/**
 * The migration step of issue 26.12: plan dates were saved as any real date, and a calendar refuses
 * 31 12 9999. Saved data with a plan date outside 1900–2100 has that date cleared (the action stays),
 * and each clearing is said in `notes`, so the data loads instead of being held as damaged.
 * Only what the step can mend is touched; anything else is left for the saved format's check.
 */
export type Notes = string[];

const why = `dates run from ${DATE_YEARS.first} to ${DATE_YEARS.last}`;

/** A plan with each out-of-range "by when" date set to null; `where` names it, e.g. "your plan". */
export function clearPlanDates(plan: unknown, where: string, notes: Notes): unknown {
  if (!Array.isArray(plan)) return plan;
  return plan.map((item, i) => {
    if (!isPlainObject(item) || !isRealDate(item.byWhen) || isPlanDate(item.byWhen)) return item;
    notes.push(
      `The date ${formatDate(item.byWhen)} of action ${i + 1} of ${where} was cleared: ${why}.`,
    );
    return { ...item, byWhen: null };
  });
}

/** An assessment-holding object (`{ assessment }`) with its plan's dates mended. */
export function clearAssessmentDates(holder: unknown, where: string, notes: Notes): unknown {
  if (!isPlainObject(holder) || !isPlainObject(holder.assessment)) return holder;
  const { assessment } = holder;
  return {
    ...holder,
    assessment: { ...assessment, plan: clearPlanDates(assessment.plan, where, notes) },
  };
}

/** Each item of `state[listKey]` passed through `mend`, with its position for the notes. */
export function mendList(
  state: unknown,
  listKey: string,
  mend: (item: unknown, n: number, notes: Notes) => unknown,
  notes: Notes,
): unknown {
  if (!isPlainObject(state) || !Array.isArray(state[listKey])) return state;
  return {
    ...state,
    [listKey]: (state[listKey] as unknown[]).map((x, i) => mend(x, i + 1, notes)),
  };
}

/** A label from saved text, kept short and safe for a message. */
export const labelOf = (item: unknown, key: string, fallback: string) =>
  isPlainObject(item) && typeof item[key] === 'string'
    ? `${fallback} (“${describeValue(item[key])}”)`
    : fallback;
