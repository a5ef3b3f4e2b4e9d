import type { Checklist, Scale } from '../content/types';
import type { AnswerValue } from '../scoring/answers';
import { PLAN_LIMITS, type PlanItem } from '../plan/planItem';
import { ABOUT_YOU_MAX_LENGTH, NOTE_MAX_LENGTH, type Assessment } from './assessment';
import { boundMessage, describeError, describeValue, quoteValue } from './describeValue';
import { isDateTime, isPlanDate } from '../plan/date';

export type CheckResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The check of a saved format: the usable data, and the items of a saved list it had to leave out, each
 * named with what is wrong (one bad workshop never takes the others with it).
 */
export type SavedCheck<T> =
  { ok: true; value: T; leftOut?: string[] } | { ok: false; message: string };

/** An id as newId makes it (and older saves kept): letters, digits and dashes, 1 to 64 of them. */
export const isId = (v: unknown): v is string =>
  typeof v === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(v);

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.getPrototypeOf(v) === Object.prototype;

// JSON.parse turns a "__proto__" key into an own property; copied naively it can change an object's
// prototype. Such keys are refused outright rather than skipped, so the user learns the file is unsafe.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function forbiddenKey(value: unknown, depth = 0): string | null {
  if (depth > 20 || typeof value !== 'object' || value === null) return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const inner = forbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    if (inner) return inner;
  }
  return null;
}

const fail = (message: string): CheckResult<never> => ({ ok: false, message });

/**
 * Every import path goes through this: whatever a hostile file does (nesting a million lists deep, a
 * megabyte-long id), the reader returns one message, under MESSAGE_MAX_LENGTH characters, and never throws.
 */
export function guardRead<T>(read: () => CheckResult<T>): CheckResult<T> {
  try {
    const result = read();
    return result.ok ? result : fail(boundMessage(result.message));
  } catch (error) {
    return fail(`it could not be read (${describeError(error)}).`);
  }
}

/**
 * Checks that an unknown value (saved data, or the assessment inside an imported file) is an assessment
 * for this checklist, and returns a clean copy built only from known fields. Written by hand, not with
 * the schema library, because it runs at start-up on every page and must stay out of the first load.
 */
export function checkAssessment(
  value: unknown,
  checklist: Checklist,
  scale: Scale,
): CheckResult<Assessment> {
  if (!isPlainObject(value))
    return fail('it is not an assessment (expected an object with answers).');
  const bad = forbiddenKey(value);
  if (bad) return fail(`it contains a key named "${bad}", which is not allowed.`);

  if (value.checklistId !== checklist.id) {
    return fail(
      `it is for a different checklist ("${describeValue(value.checklistId)}"), not "${checklist.title}".`,
    );
  }
  if (typeof value.checklistVersion !== 'string') return fail('the checklist version is missing.');
  // A response or workshop made from it would carry the version, and be refused there.
  if (value.checklistVersion !== checklist.version) {
    return fail(
      `it is for version ${describeValue(value.checklistVersion)} of the checklist; this app uses version ${checklist.version}.`,
    );
  }
  if (!isId(value.id)) {
    return fail('its id is missing or not in the expected form.');
  }

  const actionIds = new Set(checklist.sections.flatMap((s) => s.actions.map((a) => a.id)));
  const values = new Set(scale.options.map((o) => o.value));

  if (!isPlainObject(value.answers))
    return fail('the answers are missing or not a list of answers.');
  const answers: Record<string, AnswerValue> = {};
  for (const [id, answer] of Object.entries(value.answers)) {
    if (!actionIds.has(id))
      return fail(
        `it has an answer for "${describeValue(id)}", which is not an action in this checklist.`,
      );
    if (answer !== 'not-sure' && !(typeof answer === 'number' && values.has(answer))) {
      return fail(
        `the answer for "${id}" (${quoteValue(answer)}) is not one of the answer options.`,
      );
    }
    answers[id] = answer;
  }

  const rawNotes = value.notes ?? {};
  if (!isPlainObject(rawNotes)) return fail('the notes are not a list of notes.');
  const notes: Record<string, string> = {};
  for (const [id, note] of Object.entries(rawNotes)) {
    if (!actionIds.has(id))
      return fail(
        `it has a note for "${describeValue(id)}", which is not an action in this checklist.`,
      );
    if (typeof note !== 'string') return fail(`the note for "${id}" is not text.`);
    if (note.length > NOTE_MAX_LENGTH)
      return fail(`the note for "${id}" is longer than ${NOTE_MAX_LENGTH} characters.`);
    notes[id] = note;
  }

  const rawAbout = value.aboutYou ?? {};
  if (!isPlainObject(rawAbout)) return fail('"About you" is not in the expected form.');
  const aboutYou = { name: '', role: '', council: '' };
  for (const key of ['name', 'role', 'council'] as const) {
    const field = rawAbout[key] ?? '';
    if (typeof field !== 'string') return fail(`"About you" ${key} is not text.`);
    if (field.length > ABOUT_YOU_MAX_LENGTH)
      return fail(`"About you" ${key} is longer than ${ABOUT_YOU_MAX_LENGTH} characters.`);
    aboutYou[key] = field;
  }

  const plan = checkPlan(value.plan ?? [], actionIds);
  if (!plan.ok) return plan;

  const date = (v: unknown, label: string): CheckResult<string | null> => {
    if (v === undefined || v === null) return { ok: true, value: null };
    if (!isDateTime(v)) return fail(`the ${label} date is not a date.`);
    return { ok: true, value: v };
  };
  const startedAt = date(value.startedAt, 'start');
  if (!startedAt.ok) return startedAt;
  const updatedAt = date(value.updatedAt, 'last changed');
  if (!updatedAt.ok) return updatedAt;

  return {
    ok: true,
    value: {
      id: value.id,
      checklistId: checklist.id,
      checklistVersion: value.checklistVersion,
      answers,
      notes,
      aboutYou,
      plan: plan.value,
      startedAt: startedAt.value,
      updatedAt: updatedAt.value,
    },
  };
}

function checkPlan(value: unknown, actionIds: Set<string>): CheckResult<PlanItem[]> {
  if (!Array.isArray(value)) return fail('the action plan is not a list.');
  if (value.length > PLAN_LIMITS.maxItems) {
    return fail(
      `the action plan has ${value.length} actions; the most is ${PLAN_LIMITS.maxItems}.`,
    );
  }
  const items: PlanItem[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of value.entries()) {
    const n = i + 1;
    if (!isPlainObject(raw)) return fail(`action ${n} of the plan is not in the expected form.`);
    if (typeof raw.actionId !== 'string' || !actionIds.has(raw.actionId)) {
      return fail(
        `action ${n} of the plan is for "${describeValue(raw.actionId)}", which is not an action in this checklist.`,
      );
    }
    if (seen.has(raw.actionId)) return fail(`the action plan has "${raw.actionId}" twice.`);
    seen.add(raw.actionId);
    const text = (key: 'what' | 'who' | 'measure') => {
      const v = raw[key] ?? '';
      return typeof v === 'string' && v.length <= PLAN_LIMITS[key] ? v : null;
    };
    const what = text('what');
    const who = text('who');
    const measure = text('measure');
    if (what === null || who === null || measure === null) {
      return fail(`action ${n} of the plan has a field that is not text or is too long.`);
    }
    const byWhen = raw.byWhen ?? null;
    if (byWhen !== null && !isPlanDate(byWhen)) {
      return fail(
        `action ${n} of the plan has a "by when" date that is not a date from 1900 to 2100.`,
      );
    }
    items.push({ actionId: raw.actionId, what, who, byWhen, measure });
  }
  return { ok: true, value: items };
}
