import type { Assessment } from '../assessment/assessment';
import { checkAssessment, forbiddenKey, type CheckResult } from '../assessment/check';
import type { Checklist, Scale } from '../content/types';

/**
 * The personal export file: everything needed to continue on another device. Documented in
 * docs/formats.md; any change of shape raises PERSONAL_FILE_VERSION and keeps reading the old one.
 */
export const PERSONAL_FILE_FORMAT = 'key-actions-for-innovation/assessment';
export const PERSONAL_FILE_VERSION = 1;
export const MAX_IMPORT_BYTES = 1024 * 1024;

export interface PersonalFile {
  format: typeof PERSONAL_FILE_FORMAT;
  formatVersion: number;
  exportedAt: string;
  checklist: { id: string; version: string; title: string };
  assessment: Assessment;
}

export function writePersonalFile(
  assessment: Assessment,
  checklist: Checklist,
  now = new Date(),
): string {
  const file: PersonalFile = {
    format: PERSONAL_FILE_FORMAT,
    formatVersion: PERSONAL_FILE_VERSION,
    exportedAt: now.toISOString(),
    checklist: { id: checklist.id, version: checklist.version, title: checklist.title },
    assessment,
  };
  return JSON.stringify(file, null, 2);
}

export function personalFileName(now = new Date()): string {
  return `key-actions-assessment-${now.toISOString().slice(0, 10)}.json`;
}

export interface ImportedAssessment {
  assessment: Assessment;
  exportedAt: string | null;
}

const fail = (message: string): CheckResult<never> => ({ ok: false, message });

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
  if (byteLength > MAX_IMPORT_BYTES) {
    return fail(
      `The file is too big (${(byteLength / 1024 / 1024).toFixed(1)} MB). An exported assessment is at most 1 MB.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(
      'The file is not an exported assessment: it is not JSON. Choose the .json file this app saved.',
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('The file is not an exported assessment from this app.');
  }
  const bad = forbiddenKey(data);
  if (bad)
    return fail(`The file cannot be used: it contains a key named "${bad}", which is not allowed.`);
  const file = data as Record<string, unknown>;
  if (file.format !== PERSONAL_FILE_FORMAT) {
    return fail('The file is not an exported assessment from this app.');
  }
  if (
    typeof file.formatVersion !== 'number' ||
    !Number.isInteger(file.formatVersion) ||
    file.formatVersion < 1
  ) {
    return fail('The file has no format version, so it cannot be read.');
  }
  if (file.formatVersion > PERSONAL_FILE_VERSION) {
    return fail(
      `The file was saved by a newer version of this app (format ${file.formatVersion}). Use the newer version, or export again from it.`,
    );
  }
  const result = checkAssessment(file.assessment, checklist, scale);
  if (!result.ok) return fail(`The file cannot be used: ${result.message}`);
  const exportedAt =
    typeof file.exportedAt === 'string' && !Number.isNaN(Date.parse(file.exportedAt))
      ? file.exportedAt
      : null;
  return { ok: true, value: { assessment: result.value, exportedAt } };
}
