import type { AnswerValue } from '../scoring/answers';

/**
 * One participant's answers as they travel to a workshop, by file or by code. The response id is the
 * assessment's id, so a workshop can tell when the same person's answers arrive twice.
 */
export interface ParticipantResponse {
  responseId: string;
  checklistId: string;
  checklistVersion: string;
  /** The name the participant chose to give; '' when none (a format 1 code has none). */
  name: string;
  answers: Record<string, AnswerValue>;
  /** Notes travel in the file only; a code carries answers and, from format 2, a name. */
  notes: Record<string, string>;
}

/** Files bigger than this are refused before they are read: no honest response or workshop is near it. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export const tooBigMessage = (bytes: number) =>
  `it is bigger than 1 MB (${Math.ceil(bytes / 1024).toLocaleString('en-GB')} KB), the largest file this app reads.`;
