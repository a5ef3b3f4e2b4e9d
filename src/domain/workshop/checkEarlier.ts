import { isId, isPlainObject, type CheckResult } from '../assessment/checkAssessment';
import type { Checklist, Scale } from '../content/types';
import { checkGroupFigures } from '../group/figures';
import { MIN_EARLIER_GROUP_SIZE } from '../group/minimumGroup';
import { checkReview } from '../history/check';
import { isDateTime, isRealDate } from '../plan/date';
import { checkGroupPlan, checkText } from './checkGroupPlan';
import type { EarlierWorkshop } from './earlier';
import { WORKSHOP_LIMITS } from './workshop';

const fail = (message: string): CheckResult<never> => ({ ok: false, message });
const isScore = (v: unknown): v is number | null =>
  v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100);

/**
 * The earlier workshop a workshop is compared with, as saved or carried in a workshop file; missing
 * (saved before issue 10) is no link. Part of THE workshop check, so what a write accepts, a load accepts.
 */
export function checkEarlier(
  value: unknown,
  ownId: unknown,
  checklist: Checklist,
  scale: Scale,
): CheckResult<EarlierWorkshop | null> {
  if (value === undefined || value === null) return { ok: true, value: null };
  const bad = (message: string) => fail(`the earlier workshop it is compared with ${message}`);
  if (!isPlainObject(value)) return bad('is not in the expected form.');
  if (!isId(value.id)) return bad('has no id.');
  if (value.id === ownId) return bad('is the workshop itself.');
  const title = checkText(value.title, 'its title', WORKSHOP_LIMITS.title, true);
  if (!title.ok) return bad(`has a title that is not usable: ${title.message}`);
  const date = value.date ?? null;
  if (date !== null && !isRealDate(date)) return bad('has a date that is not a date.');
  if (!isDateTime(value.updatedAt)) return bad('does not say when it was last changed.');
  const raw = value.figures;
  if (!isPlainObject(raw) || !Array.isArray(raw.actions) || !raw.actions.every(isPlainObject))
    return bad('has no group figures.');
  const figures = checkGroupFigures(
    {
      checklistId: raw.checklistId,
      checklistVersion: raw.checklistVersion,
      participants: raw.participants,
      actions: raw.actions.map((a) => ({
        actionId: a.actionId,
        counts: a.counts,
        notSure: a.notSure,
      })),
    },
    checklist,
    scale,
    MIN_EARLIER_GROUP_SIZE,
  );
  if (!figures.ok) return bad(`has figures that cannot be used: ${figures.message}`);
  const sections = value.sections;
  if (
    !Array.isArray(sections) ||
    sections.length !== checklist.sections.length ||
    !sections.every(isScore)
  )
    return bad('does not have a score from 0 to 100 (or none) for each section.');
  const overall = value.overall ?? null;
  if (!isScore(overall)) return bad('has an overall score that is not from 0 to 100.');
  const plan = checkGroupPlan(value.plan, checklist);
  if (!plan.ok) return bad(`has a plan that cannot be used: ${plan.message}`);
  const review = checkReview(value.review, new Set(plan.value.map((p) => p.actionId)));
  if (!review.ok) return bad(`has a plan review that cannot be used: ${review.message}`);
  const reviewed = new Set(review.value?.map((r) => r.actionId));
  if (review.value && reviewed.size !== review.value.length)
    return bad('has a plan review that names an action twice.');
  return {
    ok: true,
    value: {
      id: value.id,
      title: title.value,
      date,
      updatedAt: value.updatedAt,
      figures: figures.value,
      sections: [...sections],
      overall,
      plan: plan.value,
      review: review.value,
    },
  };
}
