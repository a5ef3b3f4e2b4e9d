import type { CheckResult } from '../assessment/checkAssessment';
import type { Checklist, Scale } from '../content/types';
import { groupFigures } from '../group/figures';
import { MIN_EARLIER_GROUP_SIZE } from '../group/minimumGroup';
import { aggregateGroup } from '../group/aggregate';
import type { PlanReviewItem } from '../history/planReview';
import type { EarlierWorkshop } from './earlier';
import { groupParticipants, type Workshop } from './workshop';

/**
 * What a later workshop keeps of an earlier one. Refused when the earlier one has too few answers to
 * give group figures without showing one person's answers (MIN_EARLIER_GROUP_SIZE: these figures
 * stay on the facilitator's device).
 */
export function earlierWorkshop(
  workshop: Workshop,
  checklist: Checklist,
  scale: Scale,
): CheckResult<EarlierWorkshop> {
  const figures = groupFigures(workshop, checklist, scale, MIN_EARLIER_GROUP_SIZE);
  if (!figures.ok) {
    return {
      ok: false,
      message: `“${workshop.title}” can be compared with once at least ${MIN_EARLIER_GROUP_SIZE} participants have answered in it; with fewer, its group figures would show one person's answers.`,
    };
  }
  const group = aggregateGroup(checklist, scale, groupParticipants(workshop));
  return {
    ok: true,
    value: {
      id: workshop.id,
      title: workshop.title,
      date: workshop.date,
      updatedAt: workshop.updatedAt,
      figures: figures.value,
      sections: group.sections.map((s) => s.score),
      overall: group.overall.score,
      plan: workshop.plan,
      review: null,
    },
  };
}

/** Links a workshop to an earlier one of the same group; a workshop is never linked to itself. */
export function linkEarlier(
  later: Workshop,
  earlier: EarlierWorkshop | null,
  now: Date,
): CheckResult<Workshop> {
  if (earlier?.id === later.id)
    return { ok: false, message: 'a workshop cannot be compared with itself.' };
  return { ok: true, value: { ...later, earlier, updatedAt: now.toISOString() } };
}

/** Saves what the group says became of the earlier plan, with the workshop that reviewed it. */
export function reviewEarlierPlan(later: Workshop, review: PlanReviewItem[], now: Date): Workshop {
  if (!later.earlier) return later;
  return { ...later, earlier: { ...later.earlier, review }, updatedAt: now.toISOString() };
}
