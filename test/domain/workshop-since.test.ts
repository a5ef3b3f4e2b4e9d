import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkshop } from '../../src/domain/workshop/checkWorkshop';
import type { EarlierWorkshop } from '../../src/domain/workshop/earlier';
import { groupSince } from '../../src/domain/group/groupSince';
import {
  earlierWorkshop,
  linkEarlier,
  reviewEarlierPlan,
} from '../../src/domain/workshop/linkEarlier';
import { aggregateGroup } from '../../src/domain/group/aggregate';
import { groupParticipants, type Workshop } from '../../src/domain/workshop/workshop';
import type { AnswerValue } from '../../src/domain/scoring/answers';
import { actionIds, checklist, scale } from './fixtures';
import {
  answersWith,
  emptyWorkshop,
  EXPERIMENT,
  fivePersonWorkshop,
  MONITOR,
  NOW,
  PERSIST,
  PRIORITY,
  response,
  withResponses,
} from './workshop-fixtures';

const LATER = new Date('2027-05-10T09:00:00.000Z');

/** The five-person workshop of workshop-fixtures.ts, with a group plan on two actions. */
const first: Workshop = {
  ...fivePersonWorkshop(true),
  plan: [
    { actionId: MONITOR, what: 'Monthly dashboard', who: 'Leader', byWhen: null, measure: '' },
    { actionId: EXPERIMENT, what: 'Two pilots a year', who: '', byWhen: null, measure: '' },
  ],
};

/**
 * The same group months later, three members (worked by hand):
 *   P1 every action 3    P2 every action 3, but "monitor" 4    P3 every action 2, but "experiment" 1
 * Most actions 3 3 2 → mean 2.67, shown 2.7; first time 2.4 → up 0.3
 *   monitor 3 4 2 → 3.0 (was 2.0: up 1.0)   persist 3 3 2 → 2.7 (was 2.0: up 0.7)
 *   experiment 3 3 1 → 2.3 (was 2.0: up 0.3)   priority 2.7 (was 2.5: up 0.2)
 * Sections per person (climate / leading / ambitions / delivery):
 *   P1 75 / 75 / 75 / 75   P2 75 / 75 / 75 / 80   P3 45.83 / 50 / 50 / 50
 * Group: climate 65.28 (was 58.33: 65 − 58 = up 7), leading 66.67 (was 60: up 7),
 *   ambitions 66.67 (was 60: up 7), delivery 68.33 (was 56: up 12)
 * Overall per person 75, 76.25, 48.96 → 66.74 (was 58.58: 67 − 59 = up 8)
 */
function secondWorkshop(): Workshop {
  const answers = [
    answersWith(3),
    answersWith(3, { [MONITOR]: 4 }),
    answersWith(2, { [EXPERIMENT]: 1 }),
  ];
  return withResponses(
    { ...emptyWorkshop(true), id: 'w2', title: 'Cabinet away day, May' },
    answers.map((a, i) => response(`later-${i}`, '', a)),
    LATER,
  );
}

const earlierOf = (w: Workshop): EarlierWorkshop => {
  const e = earlierWorkshop(w, checklist, scale);
  if (!e.ok) throw new Error(e.message);
  return e.value;
};
const since = (earlier: EarlierWorkshop, now: Workshop) =>
  groupSince(checklist, earlier, aggregateGroup(checklist, scale, groupParticipants(now)));
const shown = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

describe('a workshop compared with an earlier one of the same group', () => {
  it('keeps only group figures, the plan and the dates of the earlier workshop', () => {
    const e = earlierOf(first);
    expect(e).toMatchObject({
      id: 'w1',
      title: 'Cabinet away day',
      date: '2026-11-02',
      review: null,
    });
    expect(e.figures.participants).toBe(5);
    expect(e.sections.map(shown)).toEqual([58.33, 60, 60, 56]);
    expect(shown(e.overall)).toBe(58.58);
    expect(e.plan.map((p) => p.actionId)).toEqual([MONITOR, EXPERIMENT]);
    // Nobody's own answers, names, notes or response ids.
    const text = JSON.stringify(e);
    expect(text).not.toMatch(/Asha|Ben|Chris|turn-|c0ffee|We pilot a lot|answers/);
  });

  it('refuses an earlier workshop with fewer than three answers', () => {
    const two = { ...first, participants: first.participants.slice(0, 2) };
    const r = earlierWorkshop(two, checklist, scale);
    expect(r.ok ? 'ok' : r.message).toBe(
      "“Cabinet away day” can be compared with once at least 3 participants have answered in it; with fewer, its group figures would show one person's answers.",
    );
  });

  it('gives the group change per section and per action, by hand', () => {
    const s = since(earlierOf(first), secondWorkshop());
    expect(s.participants).toEqual({ before: 5, after: 3 });
    expect(s.sections.map((c) => [c.id, shown(c.before), shown(c.after)])).toEqual([
      ['climate', 58.33, 65.28],
      ['leading', 60, 66.67],
      ['ambitions', 60, 66.67],
      ['delivery', 56, 68.33],
    ]);
    expect([shown(s.overall.before), shown(s.overall.after)]).toEqual([58.58, 66.74]);
    const byId = new Map(s.actions.map((a) => [a.actionId, a]));
    expect(byId.get(MONITOR)).toEqual({
      actionId: MONITOR,
      before: 2,
      after: 3,
      movement: 'better',
      points: 1,
    });
    expect(byId.get(PERSIST)).toMatchObject({ before: 2, after: 2.7, points: 0.7 });
    expect(byId.get(EXPERIMENT)).toMatchObject({ before: 2, after: 2.3, points: 0.3 });
    expect(byId.get(PRIORITY)).toMatchObject({ before: 2.5, after: 2.7, points: 0.2 });
    expect(byId.get('climate.encourage-creativity')).toMatchObject({
      before: 2.4,
      after: 2.7,
      points: 0.3,
    });
    // Largest first, then leaflet order: monitor 1.0, persist 0.7, then the first action up 0.3.
    expect(s.topMoves.map((a) => a.actionId)).toEqual([
      MONITOR,
      PERSIST,
      'climate.encourage-creativity',
    ]);
    expect(s.actions.at(-1)).toMatchObject({ actionId: PRIORITY, points: 0.2 });
  });

  it('reviews the earlier plan beside how each mean answer moved', () => {
    const linked = linkEarlier(secondWorkshop(), earlierOf(first), LATER);
    expect(linked.ok).toBe(true);
    if (!linked.ok) return;
    const reviewed = reviewEarlierPlan(
      linked.value,
      [
        { actionId: MONITOR, outcome: 'done', note: 'Dashboard in place' },
        { actionId: EXPERIMENT, outcome: 'not-done', note: '' },
      ],
      LATER,
    );
    const s = since(reviewed.earlier!, reviewed);
    expect(s.commitments).toEqual([
      {
        actionId: MONITOR,
        what: 'Monthly dashboard',
        outcome: 'done',
        note: 'Dashboard in place',
        before: 2,
        after: 3,
        movement: 'better',
        points: 1,
      },
      {
        actionId: EXPERIMENT,
        what: 'Two pilots a year',
        outcome: 'not-done',
        note: '',
        before: 2,
        after: 2.3,
        movement: 'better',
        points: 0.3,
      },
    ]);
    // Saved with the workshop: the check keeps the link and the review exactly.
    expect(checkWorkshop(JSON.parse(JSON.stringify(reviewed)), checklist, scale)).toEqual({
      ok: true,
      value: reviewed,
    });
  });

  it('is never linked to itself', () => {
    const w = secondWorkshop();
    const self = linkEarlier(w, earlierOf(w), LATER);
    expect(self.ok ? 'ok' : self.message).toBe('a workshop cannot be compared with itself.');
    const saved = { ...w, earlier: earlierOf(w) };
    const r = checkWorkshop(saved, checklist, scale);
    expect(r.ok ? 'ok' : r.message).toBe(
      'the earlier workshop it is compared with is the workshop itself.',
    );
  });

  it('refuses a damaged link with a clear message', () => {
    const w = { ...secondWorkshop(), earlier: earlierOf(first) };
    const message = (change: Record<string, unknown>) => {
      const r = checkWorkshop({ ...w, earlier: { ...w.earlier, ...change } }, checklist, scale);
      return r.ok ? 'ok' : r.message;
    };
    expect(message({ sections: [50, 50, 50, 101] })).toBe(
      'the earlier workshop it is compared with does not have a score from 0 to 100 (or none) for each section.',
    );
    expect(message({ figures: { ...w.earlier.figures, participants: 2 } })).toBe(
      'the earlier workshop it is compared with has figures that cannot be used: the number of participants in it is not between 3 and 500.',
    );
    expect(message({ review: [{ actionId: PERSIST, outcome: 'done', note: '' }] })).toMatch(
      /^the earlier workshop it is compared with has a plan review that cannot be used/,
    );
    expect(message({ updatedAt: 'yesterday' })).toBe(
      'the earlier workshop it is compared with does not say when it was last changed.',
    );
  });

  it('changes nothing between a workshop and itself, whatever the answers', () => {
    const answer = fc.option(fc.constantFrom<AnswerValue>(0, 1, 2, 3, 4, 'not-sure'), {
      nil: undefined,
    });
    const person = fc
      .tuple(...actionIds.map(() => answer))
      .map((values) =>
        Object.fromEntries(
          actionIds.flatMap((id, i) => (values[i] === undefined ? [] : [[id, values[i]!]])),
        ),
      );
    fc.assert(
      fc.property(fc.array(person, { minLength: 3, maxLength: 9 }), (people) => {
        const w = withResponses(
          emptyWorkshop(true),
          people.map((a, i) => response(`p-${i}`, '', a)),
          NOW,
          'code',
        );
        const s = since(earlierOf(w), w);
        for (const c of [s.overall, ...s.sections]) expect(c.change ?? 0).toBe(0);
        for (const a of s.actions) {
          expect(a.points ?? 0).toBe(0);
          expect(['same', 'not-scored']).toContain(a.movement);
        }
        expect(s.topMoves).toEqual([]);
        expect(s.participants.before).toBe(s.participants.after);
      }),
      { numRuns: 100 },
    );
  });
});
