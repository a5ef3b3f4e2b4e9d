import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyAssessment,
  resumePoint,
  type Assessment,
} from '../../src/domain/assessment/assessment';
import { checkAssessment } from '../../src/domain/assessment/checkAssessment';
import { migrateSavedAssessment } from '../../src/domain/assessment/migrateAssessment';
import { checklist, scale } from './fixtures';

const valid: Assessment = {
  ...emptyAssessment(checklist),
  answers: { 'climate.encourage-creativity': 3, 'delivery.persist': 'not-sure' },
  notes: { 'delivery.persist': 'We give up too soon' },
  aboutYou: { name: 'A', role: 'B', council: 'C' },
  startedAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:05:00.000Z',
};
const message = (v: unknown) => {
  const r = checkAssessment(v, checklist, scale);
  return r.ok ? 'ok' : r.message;
};

describe('checkAssessment', () => {
  it('accepts a valid assessment and returns an equal, clean copy', () => {
    const r = checkAssessment(JSON.parse(JSON.stringify(valid)), checklist, scale);
    expect(r).toEqual({ ok: true, value: valid });
  });

  it('names what is wrong', () => {
    expect(message(null)).toBe('it is not an assessment (expected an object with answers).');
    expect(message([])).toBe('it is not an assessment (expected an object with answers).');
    expect(message({ ...valid, checklistId: 'chief-executives' })).toBe(
      `it is for a different checklist ("chief-executives"), not "Council Leaders' Key Actions for Innovation".`,
    );
    expect(message({ ...valid, answers: { 'climate.encourage-creativity': 5 } })).toBe(
      'the answer for "climate.encourage-creativity" (5) is not one of the answer options.',
    );
    expect(message({ ...valid, answers: { 'climate.encourage-creativity': '3' } })).toBe(
      'the answer for "climate.encourage-creativity" ("3") is not one of the answer options.',
    );
    expect(message({ ...valid, notes: { 'delivery.persist': 42 } })).toBe(
      'the note for "delivery.persist" is not text.',
    );
    expect(message({ ...valid, notes: { 'delivery.persist': 'x'.repeat(1001) } })).toBe(
      'the note for "delivery.persist" is longer than 1000 characters.',
    );
    expect(message({ ...valid, startedAt: 'yesterday' })).toBe('the start date is not a date.');
  });

  it('refuses __proto__ and constructor keys anywhere', () => {
    const proto = JSON.parse(
      `{"id":"x","checklistId":"council-leaders-key-actions","checklistVersion":"1","answers":{"__proto__":{"polluted":true}}}`,
    );
    expect(message(proto)).toBe('it contains a key named "__proto__", which is not allowed.');
    expect(message({ ...valid, aboutYou: { constructor: 'x' } })).toBe(
      'it contains a key named "constructor", which is not allowed.',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (value) => {
        checkAssessment(value, checklist, scale);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.record({
          answers: fc.dictionary(fc.string(), fc.jsonValue()),
          notes: fc.jsonValue(),
          aboutYou: fc.jsonValue(),
        }),
        (parts) => {
          const r = checkAssessment({ ...valid, ...parts }, checklist, scale);
          if (r.ok) expect(Object.keys(r.value.answers).every((id) => id.includes('.'))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('migrateSavedAssessment', () => {
  it('leaves the current format as it is, and gives nothing for a format it has no step for', () => {
    expect(migrateSavedAssessment({ assessment: valid }, 1)).toEqual({ assessment: valid });
    expect(migrateSavedAssessment({ assessment: valid }, 0)).toBeUndefined();
  });
});

describe('resumePoint', () => {
  it('is the first section with a question left, or the check page', () => {
    expect(resumePoint(checklist, emptyAssessment(checklist))).toEqual({ sectionId: 'climate' });
    const climateDone = Object.fromEntries(checklist.sections[0]!.actions.map((a) => [a.id, 2]));
    expect(resumePoint(checklist, { ...valid, answers: climateDone })).toEqual({
      sectionId: 'leading',
    });
    const all = Object.fromEntries(
      checklist.sections.flatMap((s) => s.actions.map((a) => [a.id, 'not-sure' as const])),
    );
    expect(resumePoint(checklist, { ...valid, answers: all })).toBe('check');
  });
});
