import { describe, expect, it } from 'vitest';
import { encodeResponseCode } from '../../src/domain/response/responseCode';
import { readPastedCodes } from '../../src/domain/response/pastedCodes';
import { checklist, scale } from './fixtures';

const code = (id: string) => {
  const made = encodeResponseCode({ responseId: id, answers: {} }, checklist, scale);
  if (!made.ok) throw new Error(made.message);
  return made.value;
};
const A = code('aa01');
const B = code('bb02');

describe('the response-code box', () => {
  it('reads one code a line, and several on a line', () => {
    expect(readPastedCodes(`${A}\r\n\r\n  ${B}  \n`).codes).toEqual([A, B]);
    expect(readPastedCodes(`${A} ${B}`).codes).toEqual([A, B]);
    expect(readPastedCodes(`${A}\r${B}`).codes).toEqual([A, B]);
  });

  it('reads a code broken across lines as one (formats.md), as an email wraps it', () => {
    const broken = `${A.slice(0, 9)}\n${A.slice(9, 20)}\r\n   ${A.slice(20)}\n${B}`;
    const read = readPastedCodes(broken);
    expect(read.codes.map((c) => c.replace(/\s+/g, ''))).toEqual([A, B]);
    // Broken inside "KAI1-" itself: still one code.
    expect(readPastedCodes(`KA\nI1-${A.slice(5)}`).codes).toEqual([`KAI1-${A.slice(5)}`]);
  });

  it('keeps a line that is not part of a code as an item of its own, to be named', () => {
    expect(readPastedCodes(`${A}\nThanks, Ann\n${B}`).codes).toEqual([A, 'Thanks, Ann', B]);
    expect(readPastedCodes('hello').codes).toEqual(['hello']);
  });

  it('does not decide versions: any "KAI<n>-" starts a code for the decoder to judge', () => {
    expect(readPastedCodes(`${A}\nKAI2-abc\nkai9-def`).codes).toEqual([A, 'KAI2-abc', 'kai9-def']);
  });

  it('reads at most 100 at once, and gives back the rest exactly as pasted, with a count', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? A : `  ${B}`));
    const text = lines.join('\r\n');
    const started = performance.now();
    const read = readPastedCodes(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(read.codes).toHaveLength(100);
    expect(read.restCount).toBe(19_900);
    // The first 100 lines, and the rest from line 101 (a B line, its leading spaces trimmed) to the end.
    expect(read.head).toBe(lines.slice(0, 100).join('\r\n'));
    expect(read.rest).toBe(lines.slice(100).join('\r\n').trimStart());
    expect(readPastedCodes(read.rest, 500).codes).toHaveLength(500);
    const few = lines.slice(0, 100).join('\n');
    expect(readPastedCodes(few)).toEqual({
      codes: expect.any(Array),
      head: few,
      rest: '',
      restCount: 0,
    });
  });
});
