import { describe, expect, it } from 'vitest';
import { emptyAssessment } from '../../src/domain/assessment/assessment';
import { checkAssessment } from '../../src/domain/assessment/checkAssessment';
import { checkSavedSnapshots } from '../../src/domain/assessment/snapshot';
import { checkFutureDate, isRealDate } from '../../src/domain/plan/date';
import { formatDate } from '../../src/domain/display';
import {
  addNames,
  changeDetails,
  finishTurn,
  isFull,
  nextNumber,
} from '../../src/domain/workshop/participants';
import { WORKSHOP_LIMITS } from '../../src/domain/workshop/workshop';
import { checklist, scale } from './fixtures';
import { emptyWorkshop, NOW } from './workshop-fixtures';

const assessment = emptyAssessment(checklist);

describe('dates', () => {
  it('are real calendar dates, with years below 100 read as written', () => {
    expect(isRealDate('2027-02-28')).toBe(true);
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2027-02-29')).toBe(false);
    expect(isRealDate('2027-13-45')).toBe(false);
    // Date.UTC would read year 26 as 1926 and call this not a date; it is one, and is shown as year 26.
    expect(isRealDate('0026-03-02')).toBe(true);
    expect(formatDate('0026-03-02')).toBe('2 March 26');
  });

  it('typed into the form start in 1900', () => {
    expect(checkFutureDate({ day: '2', month: '3', year: '0026' }, '0000-01-01')).toEqual({
      ok: false,
      message: 'The date must be in 1900 or later',
    });
  });
});

describe('a saved or imported assessment', () => {
  it('is refused when it is for another version of the checklist, or its plan date is not a date', () => {
    expect(checkAssessment({ ...assessment, checklistVersion: '9' }, checklist, scale)).toEqual({
      ok: false,
      message: 'it is for version 9 of the checklist; this app uses version 1.',
    });
    const plan = [
      { actionId: 'delivery.persist', what: 'x', who: '', byWhen: '2027-13-45', measure: '' },
    ];
    expect(checkAssessment({ ...assessment, plan }, checklist, scale)).toEqual({
      ok: false,
      message: 'action 1 of the plan has a "by when" date that is not a date from 1900 to 2100.',
    });
  });
});

describe('saved snapshots', () => {
  it('leave out one whose date is not a date, and keep the others', () => {
    const good = { id: 'a1', savedAt: NOW.toISOString(), label: 'Before', assessment };
    const bad = { ...good, id: 'a2', savedAt: 'garbage' };
    expect(checkSavedSnapshots({ snapshots: [bad, good] }, checklist, scale)).toEqual({
      ok: true,
      value: { snapshots: [good] },
      leftOut: ['Snapshot 1 was left out: the date it was kept (garbage) is not a date.'],
    });
  });
});

describe('participants', () => {
  it('never go past 500, and never get a number past the highest', () => {
    const names = Array.from({ length: 500 }, (_, i) => `P${i}`);
    const full = addNames(emptyWorkshop(), names, NOW);
    expect(isFull(full)).toBe(true);
    expect(finishTurn(full, { name: 'One more' }, {}, {}, 'ab', NOW)).toBe(full);
    const high = {
      ...emptyWorkshop(),
      participants: [
        { number: WORKSHOP_LIMITS.participantNumber, name: '', response: null },
        { number: 1, name: '', response: null },
      ],
    };
    expect(nextNumber(high)).toBe(2);
  });

  it('lose their stored names when the workshop becomes anonymous', () => {
    const named = addNames(emptyWorkshop(), ['Asha', 'Ben'], NOW);
    const anonymous = changeDetails(named, { ...named, anonymous: true }, NOW);
    expect(anonymous.participants.map((p) => p.name)).toEqual(['', '']);
  });
});
