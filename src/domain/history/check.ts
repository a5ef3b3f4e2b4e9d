import { checkAssessment, isPlainObject, type CheckResult } from '../assessment/checkAssessment';
import { describeValue } from '../assessment/describeValue';
import type { Checklist, Scale } from '../content/types';
import { PLAN_LIMITS } from '../plan/planItem';
import {
  REVIEW_NOTE_MAX_LENGTH,
  REVIEW_OUTCOMES,
  type PlanReviewItem,
  type ReviewOutcome,
} from './planReview';
import { orderHistory, type HistoryEntry } from './round';

/** Most entries a history holds: a round a quarter for fifty years is 200. */
export const MAX_HISTORY_ENTRIES = 200;
export const LABEL_MAX_LENGTH = 100;

const fail = (message: string): CheckResult<never> => ({ ok: false, message });
const outcomes = new Set<string>(REVIEW_OUTCOMES.map((o) => o.value));
const ID = /^[A-Za-z0-9-]{1,64}$/;

/** A plan review, personal or group: each item an action of the plan, an outcome, a short note. */
export function checkReview(
  value: unknown,
  actionIds: Set<string>,
): CheckResult<PlanReviewItem[] | null> {
  if (value === undefined || value === null) return { ok: true, value: null };
  if (!Array.isArray(value)) return fail('its plan review is not a list.');
  if (value.length > PLAN_LIMITS.maxItems)
    return fail(`its plan review has more than ${PLAN_LIMITS.maxItems} actions.`);
  const items: PlanReviewItem[] = [];
  for (const raw of value) {
    if (!isPlainObject(raw)) return fail('its plan review is not in the expected form.');
    if (typeof raw.actionId !== 'string' || !actionIds.has(raw.actionId))
      return fail(
        `its plan review names "${describeValue(raw.actionId)}", which is not an action.`,
      );
    if (typeof raw.outcome !== 'string' || !outcomes.has(raw.outcome))
      return fail(
        `its plan review has an outcome "${describeValue(raw.outcome)}" it does not know.`,
      );
    const note = raw.note ?? '';
    if (typeof note !== 'string' || note.length > REVIEW_NOTE_MAX_LENGTH)
      return fail(
        `a note in its plan review is not text or is longer than ${REVIEW_NOTE_MAX_LENGTH} characters.`,
      );
    items.push({ actionId: raw.actionId, outcome: raw.outcome as ReviewOutcome, note });
  }
  return { ok: true, value: items };
}

/** One history entry, from saved data or a file: a clean copy built only from known fields. */
export function checkHistoryEntry(
  value: unknown,
  checklist: Checklist,
  scale: Scale,
): CheckResult<HistoryEntry> {
  if (!isPlainObject(value)) return fail('it is not in the expected form.');
  if (typeof value.id !== 'string' || !ID.test(value.id)) return fail('its id is missing.');
  // Saved before rounds existed (snapshots format 1): a snapshot.
  const kind = value.kind ?? 'snapshot';
  if (kind !== 'round' && kind !== 'snapshot') return fail('it is neither a round nor a snapshot.');
  if (typeof value.savedAt !== 'string' || Number.isNaN(Date.parse(value.savedAt)))
    return fail('its date is not a date.');
  if (typeof value.label !== 'string' || value.label.length > LABEL_MAX_LENGTH * 2)
    return fail('its name is not text or is too long.');
  const assessment = checkAssessment(value.assessment, checklist, scale);
  if (!assessment.ok) return assessment;
  const actionIds = new Set(checklist.sections.flatMap((s) => s.actions.map((a) => a.id)));
  const review = checkReview(value.review, actionIds);
  if (!review.ok) return review;
  return {
    ok: true,
    value: {
      id: value.id,
      kind,
      savedAt: value.savedAt,
      label: value.label,
      assessment: assessment.value,
      review: review.value,
    },
  };
}

/**
 * A whole history, as saved or carried in a file: every entry checked, no id twice, in date order.
 * The one check used when loading, when saving and when importing.
 */
export function checkHistory(
  value: unknown,
  checklist: Checklist,
  scale: Scale,
): CheckResult<HistoryEntry[]> {
  if (!Array.isArray(value)) return fail('the history is not a list.');
  if (value.length > MAX_HISTORY_ENTRIES)
    return fail(`the history has ${value.length} entries; the most is ${MAX_HISTORY_ENTRIES}.`);
  const entries: HistoryEntry[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of value.entries()) {
    const entry = checkHistoryEntry(raw, checklist, scale);
    if (!entry.ok) return fail(`entry ${i + 1} of the history is damaged: ${entry.message}`);
    if (seen.has(entry.value.id)) return fail(`entry ${i + 1} of the history appears twice.`);
    seen.add(entry.value.id);
    entries.push(entry.value);
  }
  return { ok: true, value: orderHistory(entries) };
}
