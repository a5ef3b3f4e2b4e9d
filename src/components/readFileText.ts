import type { CheckResult } from '../domain/assessment/checkAssessment';
import { MAX_IMPORT_BYTES, tooBigMessage } from '../domain/response/response';

/**
 * Reads one chosen or dropped file as text, refusing it before reading when it is over the size cap.
 * Never throws: a file the browser cannot read gets its own message.
 */
export async function readFileText(file: File): Promise<CheckResult<string>> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: tooBigMessage(file.size) };
  try {
    return { ok: true, value: await file.text() };
  } catch {
    return { ok: false, message: 'the browser could not read it.' };
  }
}
