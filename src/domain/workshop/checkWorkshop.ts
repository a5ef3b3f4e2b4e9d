import {
  checkAssessment,
  forbiddenKey,
  isPlainObject,
  type CheckResult,
} from '../assessment/checkAssessment';
import type { Checklist, Scale } from '../content/types';
import {
  WORKSHOP_LIMITS,
  type ResponseSource,
  type Workshop,
  type WorkshopParticipant,
  type WorkshopResponse,
} from './workshop';
import { describeValue } from '../assessment/describeValue';
import { isDateTime, isRealDate } from '../plan/date';
import { checkGroupPlan, checkText as text } from './checkGroupPlan';
import { checkEarlier } from './checkEarlier';

// Hand-written like checkAssessment, and for the same reasons: every message names what is wrong in
// plain words, unsafe keys are refused, and the result is a clean copy built from known fields only.

type Fail = { ok: false; message: string };
const fail = (message: string): Fail => ({ ok: false, message });
const SOURCES: readonly ResponseSource[] = ['this-device', 'file', 'code'];
const ID = /^[A-Za-z0-9-]{1,64}$/;
const isWholeNumber = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

function checkResponse(
  v: unknown,
  who: string,
  checklist: Checklist,
  scale: Scale,
): CheckResult<WorkshopResponse | null> {
  if (v === null || v === undefined) return { ok: true, value: null };
  if (!isPlainObject(v)) return fail(`the answers of ${who} are not in the expected form.`);
  if (!SOURCES.includes(v.source as ResponseSource))
    return fail(`${who} has an unknown kind of response.`);
  if (!isDateTime(v.receivedAt)) return fail(`the date ${who} answered is not a date.`);
  const checked = checkAssessment(
    {
      id: v.responseId,
      checklistId: checklist.id,
      checklistVersion: checklist.version,
      answers: v.answers,
      notes: v.notes,
    },
    checklist,
    scale,
  );
  if (!checked.ok) return fail(`for ${who}, ${checked.message}`);
  return {
    ok: true,
    value: {
      responseId: checked.value.id,
      source: v.source as ResponseSource,
      answers: checked.value.answers,
      notes: checked.value.notes,
      receivedAt: v.receivedAt,
    },
  };
}

function checkParticipants(
  v: unknown,
  checklist: Checklist,
  scale: Scale,
): CheckResult<WorkshopParticipant[]> {
  if (!Array.isArray(v)) return fail('the participants are not a list.');
  if (v.length > WORKSHOP_LIMITS.participants)
    return fail(`it has more than ${WORKSHOP_LIMITS.participants} participants.`);
  const numbers = new Set<number>();
  const participants: WorkshopParticipant[] = [];
  for (const [i, p] of v.entries()) {
    const who = `participant ${i + 1}`;
    if (!isPlainObject(p)) return fail(`${who} is not in the expected form.`);
    const number = p.number;
    if (!isWholeNumber(number, 1, WORKSHOP_LIMITS.participantNumber))
      return fail(`${who} has no participant number.`);
    if (numbers.has(number)) return fail(`two participants have the number ${number}.`);
    numbers.add(number);
    const name = text(p.name, `the name of ${who}`, WORKSHOP_LIMITS.name);
    if (!name.ok) return name;
    const response = checkResponse(p.response, who, checklist, scale);
    if (!response.ok) return response;
    participants.push({ number, name: name.value, response: response.value });
  }
  return { ok: true, value: participants };
}

/** Checks an unknown value (saved data, or the workshop in an imported file) and returns a clean copy. */
export function checkWorkshop(
  value: unknown,
  checklist: Checklist,
  scale: Scale,
): CheckResult<Workshop> {
  if (!isPlainObject(value)) return fail('it is not a workshop.');
  const bad = forbiddenKey(value);
  if (bad) return fail(`it contains a key named "${bad}", which is not allowed.`);
  if (typeof value.checklistId !== 'string')
    return fail('it is not a workshop (it names no checklist).');
  if (value.checklistId !== checklist.id) {
    return fail(
      `it is for a different checklist ("${describeValue(value.checklistId)}"), not "${checklist.title}".`,
    );
  }
  if (value.checklistVersion !== checklist.version) {
    return fail(
      `it is for version ${describeValue(value.checklistVersion)} of the checklist; this app uses version ${checklist.version}.`,
    );
  }
  if (typeof value.id !== 'string' || !ID.test(value.id))
    return fail('its id is missing or not in the expected form.');
  const title = text(value.title, 'the title', WORKSHOP_LIMITS.title, true);
  if (!title.ok) return title;
  const council = text(value.council, 'the council', WORKSHOP_LIMITS.council);
  if (!council.ok) return council;
  const date = value.date ?? null;
  if (date !== null && !isRealDate(date)) return fail('the workshop date is not a date.');
  if (typeof value.anonymous !== 'boolean') return fail('it does not say whether it is anonymous.');
  const expectedCount = value.expectedCount ?? null;
  if (expectedCount !== null && !isWholeNumber(expectedCount, 1, WORKSHOP_LIMITS.participants))
    return fail(
      `the expected number of participants is not a whole number from 1 to ${WORKSHOP_LIMITS.participants}.`,
    );
  if (typeof value.revealed !== 'boolean')
    return fail('it does not say whether its results are revealed.');
  if (!isDateTime(value.createdAt) || !isDateTime(value.updatedAt))
    return fail('its dates are not dates.');
  const participants = checkParticipants(value.participants, checklist, scale);
  if (!participants.ok) return participants;
  const plan = checkGroupPlan(value.plan, checklist);
  if (!plan.ok) return plan;
  const earlier = checkEarlier(value.earlier, value.id, checklist, scale);
  if (!earlier.ok) return earlier;

  return {
    ok: true,
    value: {
      id: value.id,
      title: title.value,
      council: council.value,
      date,
      anonymous: value.anonymous,
      expectedCount,
      checklistId: checklist.id,
      checklistVersion: checklist.version,
      participants: participants.value,
      revealed: value.revealed,
      plan: plan.value,
      earlier: earlier.value,
      createdAt: value.createdAt,
      updatedAt: value.updatedAt,
    },
  };
}
