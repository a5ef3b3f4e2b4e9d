import { describe, expect, it } from 'vitest';
import { checkWorkshop } from '../../src/domain/workshop/checkWorkshop';
import { answeredCount } from '../../src/domain/workshop/workshop';
import { addNames } from '../../src/domain/workshop/participants';
import { checklist, scale } from './fixtures';
import { emptyWorkshop, NOW } from './workshop-fixtures';

const check = (v: unknown) => checkWorkshop(v, checklist, scale);

describe('the expected group size in saved workshops and files', () => {
  it('is null when an older workshop has none, and kept when it is a whole number', () => {
    const older = emptyWorkshop();
    const checked = check(older);
    expect(checked.ok && checked.value.expectedCount).toBe(null);
    const eight = check({ ...older, expectedCount: 8 });
    expect(eight.ok && eight.value.expectedCount).toBe(8);
  });

  it.each([0, -1, 2.5, 501, '8', true])('refuses %s with a message', (expectedCount) => {
    const checked = check({ ...emptyWorkshop(), expectedCount });
    expect(checked).toEqual({
      ok: false,
      message: 'the expected number of participants is not a whole number from 1 to 500.',
    });
  });
});

describe('answers counted out of the group', () => {
  it('counts out of the expected size, or the list when that is longer', () => {
    const listed = addNames(emptyWorkshop(), ['Asha', 'Ben', 'Chris'], NOW);
    expect(answeredCount({ ...listed, expectedCount: 8 })).toEqual({ answered: 0, outOf: 8 });
    expect(answeredCount({ ...listed, expectedCount: 2 })).toEqual({ answered: 0, outOf: 3 });
    expect(answeredCount({ ...listed, expectedCount: null })).toEqual({ answered: 0, outOf: 3 });
  });
});
