import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAssessment, type Assessment } from '../../src/domain/assessment/assessment';
import {
  changedFirst,
  compareAssessments,
  describeChange,
  shownChange,
} from '../../src/domain/scoring/compare';
import { readPersonalFile, writePersonalFile } from '../../src/domain/exchange/personalFile';
import { answersBySection, checklist, scale } from './fixtures';

const assessment: Assessment = {
  ...emptyAssessment(checklist),
  answers: { 'climate.encourage-creativity': 2, 'delivery.persist': 'not-sure' },
  notes: { 'delivery.persist': 'Hard to say <img src=x onerror=alert(1)>' },
  aboutYou: { name: 'A Leader', role: '', council: '' },
  plan: [
    {
      actionId: 'delivery.persist',
      what: 'Keep going',
      who: '',
      byWhen: '2027-01-31',
      measure: '',
    },
  ],
};
const read = (text: string) => readPersonalFile(text, checklist, scale);
const message = (text: string) => {
  const r = read(text);
  return r.ok ? 'ok' : r.message;
};
const file = (over: Record<string, unknown>) =>
  JSON.stringify({ ...JSON.parse(writePersonalFile(assessment, checklist)), ...over });

describe('personal export file', () => {
  it('round-trips an assessment exactly', () => {
    const text = writePersonalFile(assessment, checklist, new Date('2026-11-25T10:00:00Z'));
    expect(read(text)).toEqual({
      ok: true,
      value: { assessment, exportedAt: '2026-11-25T10:00:00.000Z', history: [] },
    });
  });

  it('gives one clear message for each kind of bad file', () => {
    const cannot = (m: string) => `The file cannot be used: ${m}`;
    expect(message('x'.repeat(1024 * 1024 + 1))).toBe(
      cannot('it is bigger than 1 MB (1,025 KB), the largest file this app reads.'),
    );
    expect(message('{"kind":')).toBe(
      cannot('it is not an exported assessment from this app (it is not JSON).'),
    );
    expect(message('[1,2]')).toBe(cannot('it is not an exported assessment from this app.'));
    expect(message(file({ kind: 'something-else' }))).toBe(
      cannot('it is not an exported assessment from this app.'),
    );
    expect(message(file({ kind: 'key-actions-for-innovation/response' }))).toBe(
      cannot(
        `it is a response file, not an exported assessment: add it on a workshop's "Add responses" page.`,
      ),
    );
    expect(message(file({ formatVersion: 3 }))).toBe(
      cannot('it was made by a newer version of this app (format 3; this one reads up to 2).'),
    );
    expect(message(file({ formatVersion: '1' }))).toBe(cannot('its format version is missing.'));
    expect(message(file({ assessment: { ...assessment, checklistId: 'chief-executives' } }))).toBe(
      cannot(
        `it is for a different checklist ("chief-executives"), not "Council Leaders' Key Actions for Innovation".`,
      ),
    );
    expect(
      message(file({ assessment: { ...assessment, answers: { 'climate.made-up': 1 } } })),
    ).toBe(
      cannot('it has an answer for "climate.made-up", which is not an action in this checklist.'),
    );
    expect(
      message(
        file({
          assessment: {
            ...assessment,
            plan: [{ actionId: 'delivery.persist' }, { actionId: 'delivery.persist' }],
          },
        }),
      ),
    ).toBe(cannot('the action plan has "delivery.persist" twice.'));
    expect(
      message('{"kind":"key-actions-for-innovation/assessment","constructor":{"prototype":{}}}'),
    ).toBe(cannot('it contains a key named "constructor", which is not allowed.'));
  });

  it('never throws past the boundary and never touches saved state, whatever the text', () => {
    localStorage.setItem('kai.assessment', 'saved');
    const hostile = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .record({
          assessment: fc.jsonValue(),
          formatVersion: fc.oneof(fc.integer(), fc.constant(1)),
        })
        .map((r) => file(r)),
      fc
        .dictionary(
          fc.constantFrom('__proto__', 'constructor', 'prototype', 'answers'),
          fc.jsonValue(),
        )
        .map((d) =>
          JSON.stringify(d).replace(
            '{',
            '{"format":"key-actions-for-innovation/assessment","formatVersion":1,"assessment":{',
          ),
        ),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        const r = read(text);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 2000 },
    );
    expect(localStorage.getItem('kai.assessment')).toBe('saved');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('compareAssessments', () => {
  it('gives the change per section and per action, worked by hand', () => {
    const before = answersBySection([4, 3, 2, 1, 0], [2, 2, 2, 2, 2]);
    const after = answersBySection([4, 3, 2, 1, 4], [2, 2, 2, 2, 'not-sure']);
    const c = compareAssessments(checklist, scale, before, after);
    // climate 50 → 70; leading 50 → 50 (one fewer answer, same mean); overall 50 → 60
    expect(c.sections.map((s) => [s.id, s.before, s.after, s.change])).toEqual([
      ['climate', 50, 70, 20],
      ['leading', 50, 50, 0],
      ['ambitions', null, null, null],
      ['delivery', null, null, null],
    ]);
    expect(c.overall).toEqual({ id: 'overall', before: 50, after: 60, change: 10 });
    expect(c.actions[4]).toEqual({
      id: 'climate.experiment-and-learn',
      before: 0,
      after: 100,
      change: 100,
      beforeStatus: 'answered',
      afterStatus: 'answered',
    });
    expect(c.actions[10]).toEqual({
      id: 'leading.move-forward-boldly',
      before: 50,
      after: null,
      change: null,
      beforeStatus: 'answered',
      afterStatus: 'not-sure',
    });
    expect(c.coverage).toEqual({ before: 2, after: 3 });
  });
});

describe('the change as shown', () => {
  it('is taken from the rounded figures shown, so the sentence adds up', () => {
    // 37.5 shows as 38 and 56.25 as 56: "38 then, 56 now (up 18)", not "up 19" from 18.75.
    const c = { id: 'overall', before: 37.5, after: 56.25, change: 18.75 };
    expect(shownChange(c)).toBe(18);
    expect(describeChange(c, 'Not sure')).toBe('Up 18');
    expect(describeChange({ id: 'x', before: 60.4, after: 59.6, change: -0.8 }, 'Not sure')).toBe(
      'No change',
    );
  });

  it('says "Was Not sure" and lists changed actions first', () => {
    const before = answersBySection([4, 'not-sure', 2, 1, 0], [2, 2, 2, 2, 2]);
    const after = answersBySection([4, 3, 2, 1, 4], [2, 2, 2, 2, 'not-sure']);
    const c = compareAssessments(checklist, scale, before, after);
    expect(describeChange(c.actions[1]!, 'Not sure')).toBe('Was Not sure');
    expect(describeChange(c.actions[10]!, 'Not sure')).toBe('Now Not sure');
    expect(describeChange(c.actions[0]!, 'Not sure')).toBe('No change');
    expect(describeChange(c.actions[19]!, 'Not sure')).toBe('No score');
    expect(
      changedFirst(c.actions)
        .slice(0, 4)
        .map((a) => a.id),
    ).toEqual([c.actions[1]!.id, c.actions[4]!.id, c.actions[10]!.id, c.actions[0]!.id]);
  });
});
