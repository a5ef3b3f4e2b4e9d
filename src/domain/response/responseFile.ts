import type { Assessment } from '../assessment/assessment';
import { ABOUT_YOU_MAX_LENGTH } from '../assessment/assessment';
import { checkAssessment, guardRead, type CheckResult } from '../assessment/checkAssessment';
import type { Checklist, Scale } from '../content/types';
import type { AnswerValue } from '../scoring/answers';
import { FILE_KINDS, readEnvelope } from './jsonFile';
import type { ParticipantResponse } from './response';
import { slug } from './slug';
import { describeValue } from '../assessment/describeValue';

/** Raise with a migration step in readResponseFile when the shape changes (docs/formats.md). */
export const RESPONSE_FILE_VERSION = 1;

export interface ResponseFile {
  kind: typeof FILE_KINDS.response;
  formatVersion: number;
  checklistId: string;
  checklistVersion: string;
  responseId: string;
  name: string;
  answers: Record<string, AnswerValue>;
  notes: Record<string, string>;
  exportedAt: string;
}

/** A participant's response file: answers and notes, and their name only if they typed one here. */
export function responseFile(assessment: Assessment, name: string, now: Date): ResponseFile {
  const notes = Object.fromEntries(
    Object.entries(assessment.notes).filter(([, note]) => note.trim() !== ''),
  );
  return {
    kind: FILE_KINDS.response,
    formatVersion: RESPONSE_FILE_VERSION,
    checklistId: assessment.checklistId,
    checklistVersion: assessment.checklistVersion,
    responseId: assessment.id,
    name: name.trim().slice(0, ABOUT_YOU_MAX_LENGTH),
    answers: assessment.answers,
    notes,
    exportedAt: now.toISOString(),
  };
}

/** "key-actions-response-alex-smith.json", or the id's first characters when no name is given. */
export function responseFileName(name: string, responseId: string): string {
  const s = slug(name);
  return `key-actions-response-${s || responseId.slice(0, 8)}.json`;
}

/** Reads an imported response file; every problem gets one message that completes "… could not be added: ". */
export function readResponseFile(
  text: string,
  checklist: Checklist,
  scale: Scale,
): CheckResult<ParticipantResponse> {
  return guardRead(() => {
    const envelope = readEnvelope(text, 'response', RESPONSE_FILE_VERSION);
    if (!envelope.ok) return envelope;
    const file = envelope.value;

    if (file.checklistId === checklist.id && file.checklistVersion !== checklist.version) {
      return {
        ok: false,
        message: `it is for version ${describeValue(file.checklistVersion)} of the checklist; this app uses version ${checklist.version}.`,
      };
    }
    const name = file.name ?? '';
    if (typeof name !== 'string') return { ok: false, message: 'the name in it is not text.' };
    if (name.length > ABOUT_YOU_MAX_LENGTH) {
      return {
        ok: false,
        message: `the name in it is longer than ${ABOUT_YOU_MAX_LENGTH} characters.`,
      };
    }
    // The answers and notes follow the same rules as a saved assessment: one checker for both.
    const checked = checkAssessment(
      {
        id: file.responseId,
        checklistId: file.checklistId,
        checklistVersion: file.checklistVersion,
        answers: file.answers,
        notes: file.notes,
      },
      checklist,
      scale,
    );
    if (!checked.ok) return checked;
    return {
      ok: true,
      value: {
        responseId: checked.value.id,
        checklistId: checklist.id,
        checklistVersion: checklist.version,
        name: name.trim(),
        answers: checked.value.answers,
        notes: checked.value.notes,
      },
    };
  });
}
