import type { Assessment } from '../assessment/assessment';
import { checkAssessment, guardRead, type CheckResult } from '../assessment/checkAssessment';
import { FILE_KINDS, readEnvelope } from '../response/jsonFile';
import { boundMessage } from '../assessment/describeValue';
import { isDateTime } from '../plan/date';
import { MAX_IMPORT_BYTES, tooBigMessage } from '../response/response';
import type { Checklist, Scale } from '../content/types';
import { checkHistory } from '../history/check';
import { orderHistory, type HistoryEntry } from '../history/round';

/**
 * The personal export file: everything needed to continue on another device. Documented in
 * docs/formats.md; any change of shape raises PERSONAL_FILE_VERSION and keeps reading the old one.
 */
export const PERSONAL_FILE_VERSION = 2;
export { MAX_IMPORT_BYTES };

export interface PersonalFile {
  kind: (typeof FILE_KINDS)['assessment'];
  formatVersion: number;
  exportedAt: string;
  checklist: { id: string; version: string; title: string };
  assessment: Assessment;
  /** Format 2: the earlier rounds (with their plan reviews) and snapshots, earliest first. */
  history: HistoryEntry[];
}

export function writePersonalFile(
  assessment: Assessment,
  checklist: Checklist,
  now = new Date(),
  history: readonly HistoryEntry[] = [],
): string {
  const file: PersonalFile = {
    kind: FILE_KINDS.assessment,
    formatVersion: PERSONAL_FILE_VERSION,
    exportedAt: now.toISOString(),
    checklist: { id: checklist.id, version: checklist.version, title: checklist.title },
    assessment,
    history: orderHistory(history),
  };
  return JSON.stringify(file, null, 2);
}

export function personalFileName(now = new Date()): string {
  return `key-actions-assessment-${now.toISOString().slice(0, 10)}.json`;
}

export interface ImportedAssessment {
  assessment: Assessment;
  exportedAt: string | null;
  /** Empty for a format 1 file, which carried no history. */
  history: HistoryEntry[];
}

/**
 * Reads an exported file's text. Checks everything before anything changes; never throws. Each
 * failure is one message that says what is wrong with the file.
 */
export function readPersonalFile(
  text: string,
  checklist: Checklist,
  scale: Scale,
  byteLength = new TextEncoder().encode(text).length,
): CheckResult<ImportedAssessment> {
  if (byteLength > MAX_IMPORT_BYTES) return fail(tooBigMessage(byteLength));
  const result = guardRead(() => readChecked(text, checklist, scale));
  return result.ok ? result : fail(result.message);
}

function readChecked(
  text: string,
  checklist: Checklist,
  scale: Scale,
): CheckResult<ImportedAssessment> {
  const envelope = readEnvelope(text, 'assessment', PERSONAL_FILE_VERSION);
  if (!envelope.ok) return envelope;
  const file = envelope.value;
  const result = checkAssessment(file.assessment, checklist, scale);
  if (!result.ok) return result;
  // Format 1 had no history; format 2 always has one.
  const history =
    file.formatVersion === 1
      ? { ok: true as const, value: [] }
      : checkHistory(file.history, checklist, scale);
  if (!history.ok) return history;
  const exportedAt = isDateTime(file.exportedAt) ? file.exportedAt : null;
  return { ok: true, value: { assessment: result.value, exportedAt, history: history.value } };
}

const fail = (message: string): CheckResult<never> => ({
  ok: false,
  message: boundMessage(`The file cannot be used: ${message}`),
});
