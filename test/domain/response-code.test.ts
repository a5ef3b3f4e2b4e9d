import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../src/domain/response/base64url';
import { crc16, utf8 } from '../../src/domain/response/crc16';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { codeName } from '../../src/domain/response/codeName';
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
      'it is not a response code: a response code starts with "KAI1-" or "KAI2-".',
    );
    expect(decodeMessage(code.replace('KAI1', 'KAI3'))).toMatch(
      /^it was made by a newer version of this app \(code format 3\)/,
    );
    expect(decodeMessage(code.replace('KAI1', 'KAI0'))).toMatch(/not a response code/);
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

// Issue 25 item 1: a member may put their name in the code (format 2); format 1 codes still read.
describe('the response code with a name (format 2)', () => {
  const fixture = (v: number) =>
    readFileSync(resolve(__dirname, `../fixtures/response-code-v${v}.txt`), 'utf8').trim();
  const FIXTURE_ID = '5f0c1e2d3c4b5a69788796a5b4c3d2e1';
  const fixtureAnswers = { [actionIds[0]!]: 3, [actionIds[19]!]: 'not-sure' };

  it('reads the fixtures of both formats: format 1 with no name, format 2 with its name', () => {
    const v1 = decodeResponseCode(fixture(1), checklist, scale);
    const v2 = decodeResponseCode(fixture(2), checklist, scale);
    expect(v1.ok && v1.value.name).toBe('');
    expect(v2.ok && v2.value).toEqual({
      responseId: FIXTURE_ID,
      checklistId: checklist.id,
      checklistVersion: checklist.version,
      name: 'A Participant – Cabinet',
      answers: fixtureAnswers,
      notes: {},
    });
    expect(v1.ok && v1.value.answers).toEqual(fixtureAnswers);
  });

  it('writes format 2 only when there is a name, with the name as documented (worked by hand)', () => {
    const plain = encodeResponseCode({ responseId: ID, answers: {}, name: '  ' }, checklist, scale);
    expect(plain.ok && plain.value).toMatch(/^KAI1-[A-Za-z0-9_-]{40}$/);
    const r = encodeResponseCode({ responseId: ID, answers: {}, name: ' Ann ' }, checklist, scale);
    const code = r.ok ? r.value : '';
    // 30 bytes of format 1 less its checksum, then 3, "A", "n", "n", then the checksum: 34 bytes.
    expect(code).toMatch(/^KAI2-[A-Za-z0-9_-]{46}$/);
    const bytes = fromBase64url(code.slice(5))!;
    expect([...bytes.subarray(28, 32)]).toEqual([3, 0x41, 0x6e, 0x6e]);
    expect((bytes[32]! << 8) | bytes[33]!).toBe(crc16(bytes.subarray(0, 32)));
    expect(decodeResponseCode(code, checklist, scale)).toMatchObject({
      ok: true,
      value: { name: 'Ann' },
    });
  });

  it('holds at most 60 characters, cut never inside a character', () => {
    const long = 'é'.repeat(70);
    const r = encodeResponseCode({ responseId: ID, answers: {}, name: long }, checklist, scale);
    const back = r.ok ? decodeResponseCode(r.value, checklist, scale) : r;
    expect(back.ok && back.value.name).toBe('é'.repeat(60));
    const emoji = `${'a'.repeat(59)}😀`;
    const e = encodeResponseCode({ responseId: ID, answers: {}, name: emoji }, checklist, scale);
    const eBack = e.ok ? decodeResponseCode(e.value, checklist, scale) : e;
    expect(eBack.ok && eBack.value.name).toBe('a'.repeat(59));
  });

  it('refuses a forged name: too long, not UTF-8, or a length that does not match', () => {
    const forge = (tail: number[]) => {
      const head = [...fromBase64url(encode({}).slice(5))!].slice(0, -2);
      const body = new Uint8Array([...head, ...tail]);
      const check = crc16(body);
      return `KAI2-${toBase64url(new Uint8Array([...body, check >> 8, check & 0xff]))}`;
    };
    expect(decodeMessage(forge([61, ...Array(61).fill(0x41)]))).toBe(
      'the name in it is longer than 60 characters.',
    );
    expect(decodeMessage(forge([2, 0xc3, 0x28]))).toBe('the name in it is not text.');
    expect(decodeMessage(forge([5, 0x41]))).toMatch(/not the length/);
    expect(decodeMessage(forge([]))).toMatch(/not the length/);
    expect(decodeMessage(forge([200, ...Array(200).fill(0x41)]))).toMatch(/not the length/);
  });

  it('round-trips any name of up to 60 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'binary' }), (name) => {
        const r = encodeResponseCode({ responseId: ID, answers: {}, name }, checklist, scale);
        const back = r.ok ? decodeResponseCode(r.value, checklist, scale) : r;
        expect(back.ok && back.value.name).toBe(codeName(name));
      }),
    );
  });
});
