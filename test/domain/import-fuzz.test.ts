import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAssessment, type Assessment } from '../../src/domain/assessment/assessment';
import { readPersonalFile, writePersonalFile } from '../../src/domain/exchange/personalFile';
import { decodeResponseCode, encodeResponseCode } from '../../src/domain/response/responseCode';
import { readResponseFile, responseFile } from '../../src/domain/response/responseFile';
import { readWorkshopFile } from '../../src/domain/workshop/workshopFile';
import { checklist, everyAction, scale } from './fixtures';

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
  if (!result.ok) expect(result.message!.length).toBeGreaterThan(10);
}

// 10,000 runs take about a second alone, but up to 18 s on the shared two-core machine under load.
describe(
  `import paths, ${RUNS.toLocaleString('en-GB')} hostile inputs each`,
  { timeout: 30_000 },
  () => {
    it('personal assessment file', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            hostileJson,
            envelopes('key-actions-for-innovation/assessment', 'assessment'),
            answersShaped,
          ),
          (text) => expectOneAnswer(() => readPersonalFile(text, checklist, scale)),
        ),
        { numRuns: RUNS },
      );
    });

    it('workshop file', () => {
      fc.assert(
        fc.property(
          fc.oneof(hostileJson, envelopes('key-actions-for-innovation/workshop', 'workshop')),
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
            hostileJson,
            envelopes('key-actions-for-innovation/response', 'answers'),
            fc.string().map((s) => valid.slice(0, s.length % valid.length) + s),
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
            fc.string(),
            fc.string().map((s) => `KAI1-${s}`),
            fc
              .tuple(fc.nat(validCode.length - 1), fc.string({ minLength: 1, maxLength: 3 }))
              .map(([at, s]) => validCode.slice(0, at) + s + validCode.slice(at + 1)),
          ),
          (text) => expectOneAnswer(() => decodeResponseCode(text, checklist, scale)),
        ),
        { numRuns: RUNS },
      );
    });
  },
);
