import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../src/domain/workshop/workshop';
import { followEarlier, refreshedEarlier } from '../../src/domain/workshop/followEarlier';
import { earlierWorkshop, linkEarlier } from '../../src/domain/workshop/linkEarlier';
import { addResponses, removeParticipant } from '../../src/domain/workshop/participants';
import { checklist, scale } from './fixtures';
import {
  answersWith,
  emptyWorkshop,
  EXPERIMENT,
  fivePersonWorkshop,
  MONITOR,
  response,
} from './workshop-fixtures';

const LATER = new Date('2027-05-10T09:00:00.000Z');
const LATE_RESPONSE = new Date('2026-11-20T10:00:00.000Z');

const first: Workshop = {
  ...fivePersonWorkshop(true),
  plan: [
    { actionId: MONITOR, what: 'Monthly dashboard', who: '', byWhen: null, measure: '' },
    { actionId: EXPERIMENT, what: 'Two pilots a year', who: '', byWhen: null, measure: '' },
  ],
};

function linked(): Workshop {
  const earlier = earlierWorkshop(first, checklist, scale);
  if (!earlier.ok) throw new Error(earlier.message);
  const review = [{ actionId: MONITOR, outcome: 'done' as const, note: 'In place' }];
  const later = linkEarlier(
    { ...emptyWorkshop(true), id: 'w2' },
    { ...earlier.value, review },
    LATER,
  );
  if (!later.ok) throw new Error(later.message);
  return later.value;
}

// A sixth member of the first workshop sends answers late, every action 4 (a score of 100). By hand
// (workshop-fixtures.ts has the five): climate (5 × 58.33 + 100) / 6 = 65.28; leading and ambitions
// (5 × 60 + 100) / 6 = 66.67; delivery (5 × 56 + 100) / 6 = 63.33; overall, their mean, 65.49.
const withLateAnswer = (w: Workshop) =>
  addResponses(
    w,
    [
      {
        response: response('late0001', 'Fay', answersWith(4)),
        source: 'file',
        onDuplicate: 'keep-both',
      },
    ],
    LATE_RESPONSE,
  ).workshop;

const rounded = (xs: (number | null)[]) =>
  xs.map((x) => (x === null ? null : Math.round(x * 100) / 100));

describe('an earlier workshop still on this device', () => {
  it('is taken in again when it changes: a late answer moves its figures', () => {
    const later = linked();
    const [firstNow, laterNow] = followEarlier([withLateAnswer(first), later], checklist, scale);
    expect(rounded(laterNow!.earlier!.sections)).toEqual([65.28, 66.67, 66.67, 63.33]);
    expect(Math.round(laterNow!.earlier!.overall! * 100) / 100).toBe(65.49);
    expect(laterNow!.earlier!.updatedAt).toBe(LATE_RESPONSE.toISOString());
    expect(laterNow!.earlier!.figures.participants).toBe(6);
    // The group's review of the plan stays.
    expect(laterNow!.earlier!.review).toEqual([
      { actionId: MONITOR, outcome: 'done', note: 'In place' },
    ]);
    expect(firstNow!.earlier).toBeNull();
  });

  it('drops the review of a commitment taken out of the earlier plan', () => {
    const later = linked();
    const edited = { ...first, plan: first.plan.slice(1), updatedAt: LATE_RESPONSE.toISOString() };
    const e = refreshedEarlier(later.earlier!, edited, checklist, scale);
    expect(e.plan.map((p) => p.actionId)).toEqual([EXPERIMENT]);
    expect(e.review).toBeNull();
  });

  it('keeps the figures it had when the earlier workshop is deleted or falls below 3 answers', () => {
    const later = linked();
    const kept = later.earlier!;
    expect(followEarlier([later], checklist, scale)[0]!.earlier).toBe(kept);
    let fewer = first;
    for (const n of [1, 2, 3]) fewer = removeParticipant(fewer, n, LATE_RESPONSE);
    expect(refreshedEarlier(kept, fewer, checklist, scale)).toBe(kept);
  });

  it('changes nothing, not even the array, when the earlier workshop has not changed', () => {
    const workshops = [first, linked()];
    expect(followEarlier(workshops, checklist, scale)).toBe(workshops);
  });
});
