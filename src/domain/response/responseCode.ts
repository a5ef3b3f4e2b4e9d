import { guardRead, type CheckResult } from '../assessment/checkAssessment';
import type { Checklist, Scale } from '../content/types';
import type { AnswerValue } from '../scoring/answers';
import { fromBase64url, toBase64url } from './base64url';
import { crc16, utf8 } from './crc16';
import { codeName, nameBytes, readCodeName } from './codeName';
import type { ParticipantResponse } from './response';

/**
 * The compact response code: short enough to paste into a chat or an email, e.g.
 * "KAI1-" followed by 40 base64url characters for this checklist. Layout (docs/formats.md):
 *
 *   bytes 0–1   CRC-16 of the checklist id (tells one checklist from another without spelling it out)
 *   byte  2     checklist version (0–255)
 *   byte  3     length L of the response id, in bytes
 *   bytes 4…    the response id (hex digits as bytes)
 *   then        each action's answer in leaflet order, a few bits each, most significant bit first
 *   (format 2)  one byte N, then the member's name in N bytes of UTF-8 (codeName.ts)
 *   last 2      CRC-16 of everything before it, so a mistyped code is caught, not misread
 *
 * A code with no name is written as format 1, which older copies of the app read too; a name makes it
 * format 2. Notes are never in a code: only the file carries them.
 */
export const RESPONSE_CODE_VERSION = 2;
export const RESPONSE_CODE_PREFIX = 'KAI';

/** The longest response id a code carries, in bytes. */
const MAX_ID_BYTES = 32;

type Fail = { ok: false; message: string };
const fail = (message: string): Fail => ({ ok: false, message });

/**
 * Scale value v is stored as v + 1 (the content check guarantees values run 0, 1, 2 … with no gaps);
 * 0 is "not answered" and the number after the top value is "not sure". 3 bits for the 0–4 scale.
 */
function answerCoding(scale: Scale) {
  const notSure = scale.options.length + 1;
  const bits = Math.ceil(Math.log2(notSure + 1));
  return { bits, notSure };
}

const actionIdsOf = (checklist: Checklist) =>
  checklist.sections.flatMap((s) => s.actions.map((a) => a.id));

const be16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];

export function encodeResponseCode(
  response: {
    responseId: string;
    answers: Readonly<Record<string, AnswerValue | undefined>>;
    /** The name the member chose to give; '' or missing for none. */
    name?: string;
  },
  checklist: Checklist,
  scale: Scale,
): CheckResult<string> {
  if (!new RegExp(`^(?:[0-9a-f]{2}){1,${MAX_ID_BYTES}}$`).test(response.responseId)) {
    return fail('this assessment has an id that cannot be put in a code; share the file instead.');
  }
  const version = Number(checklist.version);
  if (!Number.isInteger(version) || version > 255) {
    return fail('this checklist version cannot be put in a code; share the file instead.');
  }
  const { bits, notSure } = answerCoding(scale);
  const ids = actionIdsOf(checklist);
  const idBytes = response.responseId.match(/../g)!.map((h) => parseInt(h, 16));

  const packed = new Uint8Array(Math.ceil((ids.length * bits) / 8));
  ids.forEach((id, i) => {
    const answer = response.answers[id];
    const code = answer === undefined ? 0 : answer === 'not-sure' ? notSure : answer + 1;
    for (let b = 0; b < bits; b++) {
      if ((code >> (bits - 1 - b)) & 1) {
        const at = i * bits + b;
        packed[at >> 3]! |= 0x80 >> (at & 7);
      }
    }
  });

  const named = codeName(response.name ?? '') !== '';
  const body = new Uint8Array([
    ...be16(crc16(utf8(checklist.id))),
    version,
    idBytes.length,
    ...idBytes,
    ...packed,
    ...(named ? nameBytes(response.name!) : []),
  ]);
  const bytes = new Uint8Array([...body, ...be16(crc16(body))]);
  return {
    ok: true,
    value: `${RESPONSE_CODE_PREFIX}${named ? 2 : 1}-${toBase64url(bytes)}`,
  };
}

const COPY_AGAIN = 'Copy it again, in full.';
const NOT_A_CODE = 'it is not a response code: a response code starts with "KAI1-" or "KAI2-".';
const okName = { ok: true, value: '' } as const;

/** Reads a pasted code. Spaces and line breaks inside it are ignored; anything else wrong is named. */
export function decodeResponseCode(
  text: string,
  checklist: Checklist,
  scale: Scale,
): CheckResult<ParticipantResponse> {
  return guardRead(() => {
    const code = text.replace(/\s+/g, '');
    if (code === '') return fail('the code is empty.');
    const match = /^KAI(\d{1,3})-(.*)$/i.exec(code);
    if (!match) return fail(NOT_A_CODE);
    const formatVersion = Number(match[1]);
    if (formatVersion > RESPONSE_CODE_VERSION) {
      return fail(
        `it was made by a newer version of this app (code format ${formatVersion}); use the response file instead, or update this app.`,
      );
    }
    if (formatVersion < 1) return fail(NOT_A_CODE);

    const bytes = fromBase64url(match[2]!);
    if (!bytes) {
      return fail(
        `it has characters that a response code never has, or is cut short. ${COPY_AGAIN}`,
      );
    }
    if (bytes.length < 7) return fail(`it is too short to be a response code. ${COPY_AGAIN}`);
    const body = bytes.subarray(0, bytes.length - 2);
    const check = (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!;
    if (crc16(body) !== check) {
      return fail(
        `it does not check out: a character may have been mistyped, left out or added. ${COPY_AGAIN}`,
      );
    }

    if (((body[0]! << 8) | body[1]!) !== crc16(utf8(checklist.id))) {
      return fail(`it is for a different checklist, not "${checklist.title}".`);
    }
    if (String(body[2]) !== checklist.version) {
      return fail(
        `it is for version ${body[2]} of the checklist; this app uses version ${checklist.version}.`,
      );
    }
    const { bits, notSure } = answerCoding(scale);
    const ids = actionIdsOf(checklist);
    const idLength = body[3]!;
    const packedLength = Math.ceil((ids.length * bits) / 8);
    // The same bound as encodeResponseCode: 1–32 bytes, which a saved workshop accepts (64 hex digits).
    const answersEnd = 4 + idLength + packedLength;
    const sized = formatVersion === 1 ? body.length === answersEnd : body.length > answersEnd;
    if (idLength === 0 || idLength > MAX_ID_BYTES || !sized) {
      return fail('it is not the length of a response code for this checklist.');
    }
    const name = formatVersion === 1 ? okName : readCodeName(body.subarray(answersEnd));
    if (!name.ok) return name;
    const responseId = Array.from(body.subarray(4, 4 + idLength), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');

    const packed = body.subarray(4 + idLength, answersEnd);
    const bitAt = (at: number) => (packed[at >> 3]! >> (7 - (at & 7))) & 1;
    const answers: Record<string, AnswerValue> = {};
    for (const [i, id] of ids.entries()) {
      let value = 0;
      for (let b = 0; b < bits; b++) value = (value << 1) | bitAt(i * bits + b);
      if (value > notSure) return fail('it has an answer that is not one of the answer options.');
      if (value === notSure) answers[id] = 'not-sure';
      else if (value > 0) answers[id] = value - 1;
    }
    for (let at = ids.length * bits; at < packedLength * 8; at++) {
      if (bitAt(at)) return fail('it has an answer that is not one of the answer options.');
    }

    return {
      ok: true,
      value: {
        responseId,
        checklistId: checklist.id,
        checklistVersion: checklist.version,
        name: name.value,
        answers,
        notes: {},
      },
    };
  });
}
