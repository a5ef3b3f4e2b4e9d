import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkshop } from '../../src/domain/workshop/checkWorkshop';
import {
  checkSavedWorkshops,
  migrateSavedWorkshops,
} from '../../src/domain/workshop/migrateWorkshop';
import {
  readWorkshopFile,
  workshopFile,
  workshopFileName,
} from '../../src/domain/workshop/workshopFile';
import { checklist, scale } from './fixtures';
import { fivePersonWorkshop, NOW } from './workshop-fixtures';

const workshop = {
  ...fivePersonWorkshop(),
  plan: [
    {
      actionId: 'delivery.persist',
      what: 'Review stalled projects',
      who: 'Leader',
      byWhen: '2027-03-31',
      measure: 'Fewer stalled',
    },
  ],
  revealed: true,
};
const read = (text: string) => readWorkshopFile(text, checklist, scale);
const message = (text: string) => {
  const r = read(text);
  return r.ok ? 'ok' : r.message;
};
const withWorkshop = (change: Record<string, unknown>) =>
  JSON.stringify({ ...workshopFile(workshop, NOW), workshop: { ...workshop, ...change } });

describe('the workshop file', () => {
  it('round-trips a workshop exactly', () => {
    const file = workshopFile(workshop, NOW);
    expect(file).toMatchObject({
      kind: 'key-actions-for-innovation/workshop',
      formatVersion: 2,
      exportedAt: NOW.toISOString(),
    });
    expect(read(JSON.stringify(file))).toEqual({ ok: true, value: workshop });
    expect(workshopFileName(workshop)).toBe(
      'key-actions-workshop-cabinet-away-day-2026-11-02.json',
    );
  });

  it('carries no names when the workshop is anonymous', () => {
    const text = JSON.stringify(workshopFile({ ...workshop, anonymous: true }, NOW));
    expect(text).not.toMatch(/\b(Asha|Ben|Chris|Dee|Eve)\b/);
    const back = read(text);
    expect(back.ok && back.value.participants.map((p) => p.name)).toEqual(['', '', '', '', '']);
  });

  it('gives one clear message for each kind of bad file', () => {
    expect(message('not json')).toBe('it is not a workshop file from this app (it is not JSON).');
    expect(message(JSON.stringify({ kind: 'key-actions-for-innovation/response' }))).toBe(
      `it is a response file, not a workshop file: add it on a workshop's "Add responses" page.`,
    );
    expect(message(withWorkshop({ checklistVersion: '3' }))).toBe(
      'it is for version 3 of the checklist; this app uses version 1.',
    );
    expect(message(withWorkshop({ title: '' }))).toBe('the title is empty.');
    expect(message(withWorkshop({ date: '2026-02-30' }))).toBe('the workshop date is not a date.');
    expect(
      message(
        withWorkshop({
          participants: [
            {
              number: 1,
              name: 'A',
              response: {
                source: 'file',
                responseId: 'x',
                receivedAt: NOW.toISOString(),
                answers: { 'climate.x': 1 },
              },
            },
          ],
        }),
      ),
    ).toBe(
      'for participant 1, it has an answer for "climate.x", which is not an action in this checklist.',
    );
    expect(
      message(
        withWorkshop({
          participants: [
            { number: 1, name: 'A', response: null },
            { number: 1, name: 'B', response: null },
          ],
        }),
      ),
    ).toBe('two participants have the number 1.');
    expect(message(withWorkshop({ plan: [{ actionId: 'delivery.persist', what: '' }] }))).toBe(
      'what the group will do (group action 1) is empty.',
    );
  });

  it('checks saved workshops one by one: a bad one is left out and named, the others kept', () => {
    expect(checkSavedWorkshops({ workshops: [workshop] }, checklist, scale)).toEqual({
      ok: true,
      value: { workshops: [workshop] },
      leftOut: [],
    });
    const other = { ...workshop, id: 'other-id', title: 3 };
    expect(
      checkSavedWorkshops({ workshops: [other, workshop, workshop] }, checklist, scale),
    ).toEqual({
      ok: true,
      value: { workshops: [workshop] },
      leftOut: [
        'Workshop 1 was left out: the title is not text.',
        `Workshop 3 (“${workshop.title}”) was left out: another workshop has the same id.`,
      ],
    });
    expect(checkSavedWorkshops({ workshops: {} }, checklist, scale)).toEqual({
      ok: false,
      message: 'the saved workshops are not a list.',
    });
    expect(migrateSavedWorkshops({ workshops: [] }, 1)).toEqual({ workshops: [] });
    expect(migrateSavedWorkshops({ workshops: [] }, 0)).toBeUndefined();
  });

  it('never throws on hostile input, and accepts only clean copies', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (value) => {
        checkWorkshop(value, checklist, scale);
        checkSavedWorkshops(value, checklist, scale);
      }),
      { numRuns: 1000 },
    );
    const keys = Object.keys(workshop);
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...keys, '__proto__', 'extra'), fc.jsonValue()),
        (change) => {
          const r = checkWorkshop({ ...workshop, ...change }, checklist, scale);
          if (r.ok) expect(Object.keys(r.value).sort()).toEqual(keys.sort());
        },
      ),
      { numRuns: 1000 },
    );
  });
});
