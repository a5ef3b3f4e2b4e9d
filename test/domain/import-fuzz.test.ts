import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAssessment, type Assessment } from '../../src/domain/assessment/assessment';
import { readPersonalFile, writePersonalFile } from '../../src/domain/exchange/personalFile';
import { decodeResponseCode, encodeResponseCode } from '../../src/domain/response/responseCode';
import { readResponseFile, responseFile } from '../../src/domain/response/responseFile';
import { readWorkshopFile, workshopFile } from '../../src/domain/workshop/workshopFile';
import { MESSAGE_MAX_LENGTH } from '../../src/domain/assessment/describeValue';
import { checklist, everyAction, scale } from './fixtures';
import { fivePersonWorkshop, NOW } from './workshop-fixtures';

// Every way a user brings data in, fed 10,000 random and hostile inputs each (issue 6): none may throw
// past its boundary, and each answers ok or one message.
const RUNS = 10_000;
const assessment: Assessment = {
  ...emptyAssessment(checklist),
  answers: everyAction(2) as Assessment['answers'],
};
const encoded = encodeResponseCode(
  { responseId: assessment.id, answers: assessment.answers },
  checklist,
  scale,
);
if (!encoded.ok) throw new Error(encoded.message);
const validCode = encoded.value;

const hostileJson = fc.oneof(
  fc.string(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.constantFrom('{', '[', 'null', '""', '{"__proto__":{}}', '\uFEFF{}'),
);
function envelopes(kind: string, key: string) {
  return fc
    .record({
      formatVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
      body: fc.oneof(
        fc.jsonValue(),
        fc.dictionary(
          fc.constantFrom('__proto__', 'constructor', 'answers', 'id', 'plan', 'participants'),
          fc.jsonValue(),
        ),
      ),
    })
    .map(({ formatVersion, body }) => JSON.stringify({ kind, formatVersion, [key]: body }));
}
const answersShaped = fc
  .dictionary(
    fc.constantFrom(...Object.keys(assessment.answers), 'x.y', '__proto__'),
    fc.jsonValue(),
  )
  .map((answers) =>
    JSON.stringify({
      ...JSON.parse(writePersonalFile(assessment, checklist)),
      assessment: { ...assessment, answers },
    }),
  );

function expectOneAnswer(run: () => { ok: boolean; message?: string }) {
  const result = run();
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(result.message!.length).toBeGreaterThan(10);
    // Untrusted values are quoted shortened: a 1 MB id never makes a 1 MB message (issue 14).
    expect(result.message!.length).toBeLessThan(MESSAGE_MAX_LENGTH);
  }
}

/** Lists nested `depth` deep, as text: JSON.parse takes it, and a careless check recurses to death. */
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const PLACEHOLDER = '"@@hostile@@"';

/**
 * A valid file with one field (found by `path`) replaced by very deep nesting or a very long string:
 * the shapes that once overflowed the stack (300,000 lists in checklistVersion) or made 1 MB messages.
 */
function deepOrLong(valid: unknown, paths: string[][]) {
  const hostile = fc.oneof(
    fc.constantFrom(100, 5_000, 20_000).map(nested),
    fc
      .tuple(fc.constantFrom(1_000, 100_000), fc.string({ minLength: 1, maxLength: 3 }))
      .map(([n, s]) => JSON.stringify(s.repeat(Math.ceil(n / s.length)))),
  );
  const cases = fc
    .tuple(fc.constantFrom(...paths), hostile, fc.boolean())
    .map(([path, text, asKey]) => {
      const copy = structuredClone(valid) as Record<string, unknown>;
      let at = copy;
      for (const step of path.slice(0, -1)) at = at[step] as Record<string, unknown>;
      const last = path[path.length - 1]!;
      // As a key: a long string becomes a key of that object (an answer for a 1 MB action id).
      if (asKey && text.startsWith('"')) at[last] = { [JSON.parse(text) as string]: 1 };
      else at[last] = JSON.parse(PLACEHOLDER);
      return JSON.stringify(copy).replace(PLACEHOLDER, asKey && text.startsWith('"') ? '' : text);
    });
  // About one case in twelve: enough to try every field many times, few enough to run in seconds.
  return { arbitrary: cases, weight: 1 };
}

const often = <T>(arbitrary: fc.Arbitrary<T>) => ({ arbitrary, weight: 4 });

describe(
  `import paths, ${RUNS.toLocaleString('en-GB')} hostile inputs each`,
  { timeout: 120_000 },
  () => {
    it('personal assessment file', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            often(hostileJson),
            often(envelopes('key-actions-for-innovation/assessment', 'assessment')),
            often(answersShaped),
            deepOrLong(JSON.parse(writePersonalFile(assessment, checklist)), [
              ['assessment', 'checklistVersion'],
              ['assessment', 'id'],
              ['assessment', 'answers'],
              ['assessment', 'notes'],
              ['assessment', 'plan'],
              ['checklist'],
            ]),
          ),
          (text) => expectOneAnswer(() => readPersonalFile(text, checklist, scale)),
        ),
        { numRuns: RUNS },
      );
    });

    it('workshop file', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            often(hostileJson),
            often(envelopes('key-actions-for-innovation/workshop', 'workshop')),
            deepOrLong(workshopFile(fivePersonWorkshop(), NOW), [
              ['workshop', 'checklistVersion'],
              ['workshop', 'checklistId'],
              ['workshop', 'title'],
              ['workshop', 'participants'],
              ['workshop', 'plan'],
              ['workshop', 'date'],
            ]),
          ),
          (text) => expectOneAnswer(() => readWorkshopFile(text, checklist, scale)),
        ),
        { numRuns: RUNS },
      );
    });

    it('response file', () => {
      const valid = JSON.stringify(responseFile(assessment, 'A', new Date()));
      fc.assert(
        fc.property(
          fc.oneof(
            often(hostileJson),
            often(envelopes('key-actions-for-innovation/response', 'answers')),
            often(fc.string().map((s) => valid.slice(0, s.length % valid.length) + s)),
            deepOrLong(JSON.parse(valid), [
              ['checklistVersion'],
              ['responseId'],
              ['answers'],
              ['notes'],
              ['name'],
            ]),
          ),
          (text) => expectOneAnswer(() => readResponseFile(text, checklist, scale)),
        ),
        { numRuns: RUNS },
      );
    });

    it('response code', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            often(fc.string()),
            often(fc.string().map((s) => `KAI1-${s}`)),
            often(
              fc
                .tuple(fc.nat(validCode.length - 1), fc.string({ minLength: 1, maxLength: 3 }))
                .map(([at, s]) => validCode.slice(0, at) + s + validCode.slice(at + 1)),
            ),
            {
              arbitrary: fc.oneof(
                fc.constantFrom(1_000, 100_000).map((n) => `KAI1-${'A'.repeat(n)}`),
                fc.constantFrom(1_000, 100_000).map((n) => `KAI${'9'.repeat(n)}-x`),
              ),
              weight: 1,
            },
          ),
          (text) => expectOneAnswer(() => decodeResponseCode(text, checklist, scale)),
        ),
        { numRuns: RUNS },
      );
    });
  },
);

describe('the shapes that once broke the checks', () => {
  const personal = JSON.parse(writePersonalFile(assessment, checklist)) as {
    assessment: Record<string, unknown>;
  };
  const workshop = workshopFile(fivePersonWorkshop(), NOW) as unknown as {
    workshop: Record<string, unknown>;
  };

  it('300,000 nested lists in checklistVersion: one short message, no stack overflow', () => {
    personal.assessment.checklistVersion = '@@';
    const text = JSON.stringify(personal).replace('"@@"', nested(300_000));
    expect(readPersonalFile(text, checklist, scale)).toEqual({
      ok: false,
      message: 'The file cannot be used: the checklist version is missing.',
    });
    workshop.workshop.checklistVersion = '@@';
    const file = JSON.stringify(workshop).replace('"@@"', nested(300_000));
    expect(readWorkshopFile(file, checklist, scale)).toEqual({
      ok: false,
      message: 'it is for version a list of the checklist; this app uses version 1.',
    });
  });

  it('a 1 MB action id: the message quotes its first 57 characters', () => {
    const id = 'x'.repeat(1_000_000);
    const text = JSON.stringify({
      ...personal,
      assessment: { ...assessment, answers: { [id]: 1 } },
    });
    const result = readPersonalFile(text, checklist, scale, 1000);
    expect(result).toEqual({
      ok: false,
      message: `The file cannot be used: it has an answer for "${'x'.repeat(57)}…", which is not an action in this checklist.`,
    });
  });
});
