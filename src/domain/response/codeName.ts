import type { CheckResult } from '../assessment/checkAssessment';
import { utf8 } from './crc16';

/**
 * The name a member may put in their response code (code format 2, issue 25): at most this many
 * characters, as the share page's field counts them, so that a QR code of the code stays easy to scan.
 * Sixty UTF-16 characters are at most 180 bytes of UTF-8, so one length byte holds it.
 */
export const CODE_NAME_MAX_LENGTH = 60;
const MAX_NAME_BYTES = CODE_NAME_MAX_LENGTH * 3;

/** The name as the code carries it: trimmed and cut to the limit (never inside a surrogate pair). */
export function codeName(name: string): string {
  let cut = name.trim().slice(0, CODE_NAME_MAX_LENGTH);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trim();
}

/** One length byte, then the name's UTF-8 bytes. */
export const nameBytes = (name: string): number[] => {
  const bytes = utf8(codeName(name));
  return [bytes.length, ...bytes];
};

/**
 * Reads the name at the end of a format 2 code's body (`rest` starts at its length byte). Anything that
 * is not a name as nameBytes writes it is refused, never guessed.
 */
export function readCodeName(rest: Uint8Array): CheckResult<string> {
  const fail = (message: string): CheckResult<never> => ({ ok: false, message });
  if (rest.length === 0) return fail('it is not the length of a response code for this checklist.');
  const length = rest[0]!;
  if (length > MAX_NAME_BYTES || rest.length !== 1 + length) {
    return fail('it is not the length of a response code for this checklist.');
  }
  let name: string;
  try {
    name = new TextDecoder('utf-8', { fatal: true }).decode(rest.subarray(1));
  } catch {
    return fail('the name in it is not text.');
  }
  if (name.length > CODE_NAME_MAX_LENGTH) {
    return fail(`the name in it is longer than ${CODE_NAME_MAX_LENGTH} characters.`);
  }
  return { ok: true, value: name.trim() };
}
