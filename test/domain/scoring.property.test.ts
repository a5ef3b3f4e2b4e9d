import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, AnswerValue } from '../../src/domain/scoring/answers';
import { aggregateGroup } from '../../src/domain/group/aggregate';
import { scoreAssessment } from '../../src/domain/scoring/score';
import { actionIds, checklist, scale } from './fixtures';

const answerValue: fc.Arbitrary<AnswerValue> = fc.oneof(
  fc.integer({ min: 0, max: 4 }),
  fc.constant('not-sure' as const),
);
const answers: fc.Arbitrary<Answers> = fc.dictionary(fc.constantFrom(...actionIds), answerValue);
const participants = fc
  .array(answers, { maxLength: 12 })
  .map((list) => list.map((a, i) => ({ id: `p${i}`, answers: a })));

const inRange = (x: number | null) => x === null || (x >= 0 && x <= 100);

describe('scoring properties', () => {
  it('every score lies in 0–100', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = scoreAssessment(checklist, scale, a);
        expect(r.actions.every((x) => inRange(x.score) && inRange(x.gap))).toBe(true);
        expect(r.sections.every((x) => inRange(x.score))).toBe(true);
        expect(inRange(r.overall)).toBe(true);
        expect(r.coverage).toBeGreaterThanOrEqual(0);
        expect(r.coverage).toBeLessThanOrEqual(20);
      }),
    );
  });

  it('adding a "not sure" answer never changes another action\'s score', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...actionIds), (a, target) => {
        const before = scoreAssessment(checklist, scale, a);
        const after = scoreAssessment(checklist, scale, { ...a, [target]: 'not-sure' });
        const others = (r: typeof before) =>
          r.actions.filter((x) => x.actionId !== target).map((x) => x.score);
        expect(others(after)).toEqual(others(before));
      }),
    );
  });

  it('the order of participants never changes a group result', () => {
    fc.assert(
      fc.property(
        participants.chain((ps) =>
          fc.tuple(
            fc.constant(ps),
            fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length }),
          ),
        ),
        ([ps, shuffled]) => {
          expect(aggregateGroup(checklist, scale, shuffled)).toEqual(
            aggregateGroup(checklist, scale, ps),
          );
        },
      ),
    );
  });

  it("one participant's group result equals their own result", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const own = scoreAssessment(checklist, scale, a);
        const group = aggregateGroup(checklist, scale, [{ id: 'only', answers: a }]);
        expect(group.overall.score).toBe(own.overall);
        expect(group.sections.map((s) => s.score)).toEqual(own.sections.map((s) => s.score));
        expect(group.actions.map((x) => x.score)).toEqual(own.actions.map((x) => x.score));
        expect(group.actions.every((x) => x.spread === null || x.spread === 0)).toBe(true);
      }),
    );
  });
});
