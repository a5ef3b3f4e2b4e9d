import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../src/domain/response/base64url';
import { crc16, utf8 } from '../../src/domain/response/crc16';
import { decodeResponseCode, encodeResponseCode } from '../../src/domain/response/responseCode';
import type { AnswerValue } from '../../src/domain/scoring/answers';
import { actionIds, checklist, scale } from './fixtures';

const ID = '00112233445566778899aabbccddeeff';
const encode = (answers: Record<string, AnswerValue>, responseId = ID) => {
  const r = encodeResponseCode({ responseId, answers }, checklist, scale);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const decodeMessage = (code: string) => {
  const r = decodeResponseCode(code, checklist, scale);
  return r.ok ? 'ok' : r.message;
};

describe('crc16 and base64url', () => {
  it('match their published check values', () => {
    expect(crc16(utf8('123456789'))).toBe(0x29b1);
    expect(toBase64url(utf8('Man'))).toBe('TWFu');
    expect(toBase64url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(fromBase64url('-_8')).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(fromBase64url('-_9')).toBeNull(); // left-over bits must be zero
    expect(fromBase64url('TWF+')).toBeNull(); // "+" is standard base64, not base64url
  });
});

describe('the response code', () => {
  it('lays out its bytes as documented (worked by hand)', () => {
    // Action 1 "Fully" (value 4, stored as 5 = 101), action 2 "Not sure" (6 = 110), action 3 not
    // answered (000), action 4 "Not at all" (value 0, stored as 1 = 001), the rest not answered.
    // Bits 101 110 00|0 001 0000… → bytes 0xB8, 0x10, then six zero bytes (60 bits in 8 bytes).
    const code = encode({
      [actionIds[0]!]: 4,
      [actionIds[1]!]: 'not-sure',
      [actionIds[3]!]: 0,
    });
    expect(code).toMatch(/^KAI1-[A-Za-z0-9_-]{40}$/);
    const bytes = fromBase64url(code.slice(5))!;
    const fingerprint = crc16(utf8('council-leaders-key-actions'));
    const body = [
      fingerprint >> 8,
      fingerprint & 0xff,
      1, // checklist version
      16, // id length in bytes
      ...[0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77],
      ...[0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff],
      0xb8,
      0x10,
      0,
      0,
      0,
      0,
      0,
      0,
    ];
    const check = crc16(new Uint8Array(body));
    expect([...bytes]).toEqual([...body, check >> 8, check & 0xff]);
  });

  it('decodes to the same answers and response id, with no name or notes', () => {
    const answers = {
      [actionIds[0]!]: 4,
      [actionIds[1]!]: 'not-sure',
      [actionIds[19]!]: 0,
    } as const;
    expect(decodeResponseCode(encode(answers), checklist, scale)).toEqual({
      ok: true,
      value: {
        responseId: ID,
        checklistId: 'council-leaders-key-actions',
        checklistVersion: '1',
        name: '',
        answers,
        notes: {},
      },
    });
  });

  it('ignores spaces and line breaks pasted into it', () => {
    const code = encode({ [actionIds[5]!]: 3 });
    const broken = `  ${code.slice(0, 20)}\n${code.slice(20, 30)} ${code.slice(30)}\n`;
    expect(decodeMessage(broken)).toBe('ok');
  });

  it('catches every single mistyped character and every swap of two neighbours', () => {
    const code = encode({ [actionIds[0]!]: 2, [actionIds[7]!]: 'not-sure', [actionIds[12]!]: 4 });
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 5; i < code.length; i++) {
      for (const c of alphabet) {
        if (c === code[i]) continue;
        expect(decodeMessage(code.slice(0, i) + c + code.slice(i + 1))).not.toBe('ok');
      }
      if (i + 1 < code.length && code[i] !== code[i + 1]) {
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(decodeMessage(swapped)).toMatch(/does not check out/);
      }
    }
  });

  it('names what is wrong', () => {
    const code = encode({});
    expect(decodeMessage('')).toBe('the code is empty.');
    expect(decodeMessage('hello')).toBe(
      'it is not a response code: a response code starts with "KAI1-".',
    );
    expect(decodeMessage(code.replace('KAI1', 'KAI2'))).toMatch(
      /^it was made by a newer version of this app \(code format 2\)/,
    );
    expect(decodeMessage(code.slice(0, -3))).toMatch(/does not check out|cut short/);
    expect(decodeMessage(code + '!')).toMatch(/characters that a response code never has/);
    expect(decodeMessage('KAI1-AAAA')).toMatch(/too short/);
  });

  it('tells a code for another checklist or version apart', () => {
    const other = { ...checklist, id: 'chief-executives-key-actions' };
    const r = encodeResponseCode({ responseId: ID, answers: {} }, other, scale);
    expect(r.ok && decodeMessage(r.value)).toBe(
      `it is for a different checklist, not "Council Leaders' Key Actions for Innovation".`,
    );
    const v2 = encodeResponseCode(
      { responseId: ID, answers: {} },
      { ...checklist, version: '2' },
      scale,
    );
    expect(v2.ok && decodeMessage(v2.value)).toBe(
      'it is for version 2 of the checklist; this app uses version 1.',
    );
  });

  it('refuses a well-formed code whose answer bits are not an option', () => {
    // Hand-built: answer code 7 (111) for the first action, with a correct checksum.
    const body = [...fromBase64url(encode({}).slice(5))!].slice(0, -2);
    body[20] = 0b11100000;
    const check = crc16(new Uint8Array(body));
    const forged = `KAI1-${toBase64url(new Uint8Array([...body, check >> 8, check & 0xff]))}`;
    expect(decodeMessage(forged)).toBe('it has an answer that is not one of the answer options.');
  });

  it('round-trips any answers, and never throws on any text', () => {
    const answer = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('not-sure' as const));
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...actionIds), answer),
        fc.uint8Array({ minLength: 1, maxLength: 32 }),
        (answers, idBytes) => {
          const id = [...idBytes].map((b) => b.toString(16).padStart(2, '0')).join('');
          const r = decodeResponseCode(encode(answers, id), checklist, scale);
          expect(r.ok && r.value.answers).toEqual(answers);
          expect(r.ok && r.value.responseId).toBe(id);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `KAI1-${s}`),
        ),
        (text) => {
          decodeResponseCode(text, checklist, scale);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
