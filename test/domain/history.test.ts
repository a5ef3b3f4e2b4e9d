import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAssessment, type Assessment } from '../../src/domain/assessment/assessment';
import { actionChanges, movedActions, sinceLast } from '../../src/domain/history/changes';
import { checkHistory } from '../../src/domain/history/check';
import { reviewedCommitments, reviewFor } from '../../src/domain/history/planReview';
import {
  mergeHistory,
  orderHistory,
  roundEntry,
  type HistoryEntry,
} from '../../src/domain/history/round';
import { historyScores } from '../../src/domain/history/series';
import { unmovedPlanActions } from '../../src/domain/history/unmoved';
import type { Answers, AnswerValue } from '../../src/domain/scoring/answers';
import { actionIds, answersBySection, checklist, scale } from './fixtures';

// Round 1: every action "To some extent" (2), except "Persist…", "Not sure".
const round1 = answersBySection(
  [2, 2, 2, 2, 2, 2],
  [2, 2, 2, 2, 2],
  [2, 2, 2, 2],
  [2, 2, 2, 2, 'not-sure'],
);
// Round 2 changes four answers: creativity 2→4, united leadership 2→1, long-term objectives 2→3,
// and "Persist…" from "Not sure" to 3.
const round2 = answersBySection([4, 2, 2, 2, 2, 2], [1, 2, 2, 2, 2], [3, 2, 2, 2], [2, 2, 2, 2, 3]);

describe('change per action between rounds', () => {
  it('ranks the hand-worked moves largest first, then newly answered, then the rest in leaflet order', () => {
    const changes = actionChanges(checklist, round1, round2);
    expect(changes.slice(0, 4)).toEqual([
      {
        actionId: 'climate.encourage-creativity',
        before: 2,
        after: 4,
        movement: 'better',
        points: 2,
      },
      {
        actionId: 'ambitions.long-term-objectives',
        before: 2,
        after: 3,
        movement: 'better',
        points: 1,
      },
      { actionId: 'leading.united-leadership', before: 2, after: 1, movement: 'worse', points: -1 },
      {
        actionId: 'delivery.persist',
        before: 'not-sure',
        after: 3,
        movement: 'newly-answered',
        points: null,
      },
    ]);
    expect(changes.slice(4).map((c) => c.movement)).toEqual(Array(16).fill('same'));
    expect(changes[4]!.actionId).toBe('climate.invite-external-challenge');
    expect(movedActions(changes)).toHaveLength(4);
  });

  it('tells an answer taken back from a new one', () => {
    const changes = actionChanges(
      checklist,
      { 'delivery.persist': 3 },
      { 'delivery.persist': 'not-sure' },
    );
    expect(changes.find((c) => c.actionId === 'delivery.persist')?.movement).toBe(
      'no-longer-scored',
    );
    expect(changes.find((c) => c.actionId === 'climate.encourage-creativity')?.movement).toBe(
      'not-scored',
    );
  });

  it('sums up since last time: overall and section changes by hand, and the three biggest moves', () => {
    const since = sinceLast(checklist, scale, round1, round2);
    // Sections then: all 50. Now: climate 14/24 = 58.33, leading 9/20 = 45, ambitions 9/16 = 56.25,
    // delivery 11/20 = 55; overall (58.33 + 45 + 56.25 + 55) / 4 = 53.65.
    expect(since.overall.before).toBe(50);
    expect(since.overall.change).toBeCloseTo(3.6458, 3);
    const [climate, leading, ambitions, delivery] = since.sections.map((s) => s.change!);
    expect(climate).toBeCloseTo(8.3333, 3);
    expect(leading).toBeCloseTo(-5, 9);
    expect(ambitions).toBeCloseTo(6.25, 9);
    expect(delivery).toBeCloseTo(5, 9);
    expect(since.coverage).toEqual({ before: 0, after: 3 });
    // Two rises (2→4, 2→3) and one drop (2→1), each largest first; "Persist…" was "Not sure".
    expect(since.rises.map((m) => m.actionId)).toEqual([
      'climate.encourage-creativity',
      'ambitions.long-term-objectives',
    ]);
    expect(since.drops.map((m) => [m.actionId, m.points])).toEqual([
      ['leading.united-leadership', -1],
    ]);
    expect(since.otherMoves).toBe(1);
  });

  it('lists a small drop even when three larger rises would fill "what moved most" (issue 25, item 14)', () => {
    // From round 1: three actions rise by 2 (2→4), one falls by 1 (2→1). Ranked by size alone the
    // three rises were the three moves shown, and the drop appeared only in the history table.
    const later = answersBySection(
      [4, 4, 4, 2, 2, 2],
      [2, 2, 2, 2, 2],
      [2, 2, 2, 2],
      [2, 2, 2, 1, 'not-sure'],
    );
    const since = sinceLast(checklist, scale, round1, later);
    expect(since.rises.map((m) => [m.actionId, m.points])).toEqual([
      ['climate.encourage-creativity', 2],
      ['climate.invite-external-challenge', 2],
      ['climate.look-for-fresh-ideas', 2],
    ]);
    expect(since.drops.map((m) => [m.actionId, m.before, m.after, m.points])).toEqual([
      ['delivery.monitor-progress', 2, 1, -1],
    ]);
    expect(since.otherMoves).toBe(0);
  });

  const answerValue: fc.Arbitrary<AnswerValue> = fc.oneof(
    fc.integer({ min: 0, max: 4 }),
    fc.constant('not-sure' as const),
  );
  const answers: fc.Arbitrary<Answers> = fc.dictionary(fc.constantFrom(...actionIds), answerValue);

  it('finds no change anywhere between a round and itself', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const changes = actionChanges(checklist, a, a);
        expect(changes.every((c) => c.movement === 'same' || c.movement === 'not-scored')).toBe(
          true,
        );
        expect(changes.every((c) => c.points === null || c.points === 0)).toBe(true);
        const since = sinceLast(checklist, scale, a, a);
        expect([since.rises, since.drops, since.otherMoves]).toEqual([[], [], 0]);
        for (const c of [since.overall, ...since.sections]) expect(c.change ?? 0).toBe(0);
        expect(since.coverage.before).toBe(since.coverage.after);
      }),
    );
  });

  it('scores each round: overall, sections and coverage', () => {
    const scores = historyScores(checklist, scale, [
      { id: 'a', date: '2026-01-01T00:00:00Z', label: 'First', answers: round1 },
      { id: 'b', date: '2026-07-01T00:00:00Z', label: 'Second', answers: round2 },
    ]);
    expect(scores[0]).toMatchObject({
      overall: 50,
      sections: [50, 50, 50, 50],
      coverage: 0,
      answered: 19,
    });
    expect(scores[1]).toMatchObject({ coverage: 3, answered: 20 });
    expect(scores[1]!.sections[1]).toBe(45);
  });
});

const assessment = (id: string, answers: Answers, updatedAt: string): Assessment => ({
  ...emptyAssessment(checklist),
  id,
  answers: answers as Record<string, AnswerValue>,
  updatedAt,
});
const entry = (id: string, savedAt: string): HistoryEntry => ({
  ...roundEntry(assessment(id, round1, savedAt), 'Round', new Date()),
});

describe('history order and merging', () => {
  it('dates a round by its last change', () => {
    const e = roundEntry(assessment('r1', round1, '2026-03-04T05:06:07.000Z'), 'Round', new Date());
    expect(e).toMatchObject({
      id: 'r1',
      kind: 'round',
      savedAt: '2026-03-04T05:06:07.000Z',
      review: null,
    });
  });

  it('orders by date whatever order the entries come in', () => {
    const dates = fc.uniqueArray(fc.integer({ min: 0, max: 4_000_000_000_000 }), {
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(dates, fc.integer(), (times, seed) => {
        const entries = times.map((t, i) => entry(`e${i}`, new Date(t).toISOString()));
        const shuffled = fc.sample(fc.shuffledSubarray(entries, { minLength: entries.length }), {
          seed,
          numRuns: 1,
        })[0]!;
        const ordered = orderHistory(shuffled).map((e) => Date.parse(e.savedAt));
        expect(ordered).toEqual([...times].sort((a, b) => a - b));
        // Merging in any order gives the same history.
        const half = Math.floor(shuffled.length / 2);
        const merged = mergeHistory(shuffled.slice(0, half), shuffled.slice(half)).history;
        expect(merged.map((e) => e.id)).toEqual(orderHistory(entries).map((e) => e.id));
      }),
    );
  });

  it('never adds a round that is already there, or the current assessment', () => {
    const a = entry('a', '2026-01-01T00:00:00Z');
    const b = entry('b', '2026-06-01T00:00:00Z');
    const c = entry('c', '2025-06-01T00:00:00Z');
    const result = mergeHistory([a, b], [b, c, entry('now', '2026-09-01T00:00:00Z')], 'now');
    expect(result.history.map((e) => e.id)).toEqual(['c', 'a', 'b']);
    expect(result).toMatchObject({ added: 1, alreadyThere: 2 });
    expect(mergeHistory(result.history, [a, b, c]).added).toBe(0);
  });
});

describe('checking a history', () => {
  it('accepts what it wrote, in date order, and reads a format 1 snapshot as a snapshot', () => {
    const later = entry('later', '2026-06-01T00:00:00.000Z');
    const old = { ...entry('old', '2026-01-01T00:00:00.000Z'), kind: undefined, review: undefined };
    const result = checkHistory([later, old], checklist, scale);
    expect(result.ok && result.value.map((e) => [e.id, e.kind, e.review])).toEqual([
      ['old', 'snapshot', null],
      ['later', 'round', null],
    ]);
  });

  it('refuses a damaged entry, a repeated id and an unknown review outcome, saying which', () => {
    const a = entry('a', '2026-01-01T00:00:00Z');
    const message = (v: unknown) => {
      const r = checkHistory(v, checklist, scale);
      return r.ok ? 'ok' : r.message;
    };
    expect(message({})).toBe('the history is not a list.');
    expect(message([a, a])).toBe('entry 2 of the history appears twice.');
    expect(message([{ ...a, savedAt: 'soon' }])).toBe(
      'entry 1 of the history is damaged: its date is not a date.',
    );
    expect(
      message([{ ...a, review: [{ actionId: 'delivery.persist', outcome: 'maybe', note: '' }] }]),
    ).toBe(
      'entry 1 of the history is damaged: its plan review has an outcome "maybe" it does not know.',
    );
    expect(message([{ ...a, kind: 'draft' }])).toBe(
      'entry 1 of the history is damaged: it is neither a round nor a snapshot.',
    );
  });
});

describe('last plan areas that did not move', () => {
  it('flags a planned action whose answer stayed or fell, not one that rose or has no score', () => {
    const plan = [
      'climate.encourage-creativity',
      'leading.united-leadership',
      'ambitions.select-priority-areas',
      'delivery.persist',
    ].map((actionId) => ({ actionId, what: 'x', who: '', byWhen: null, measure: '' }));
    // creativity 2→4 moved; united leadership 2→1 fell; priority areas 2→2 stayed; persist not sure → 3.
    expect(unmovedPlanActions(plan, round1, round2)).toEqual([
      'leading.united-leadership',
      'ambitions.select-priority-areas',
    ]);
  });
});

describe('reviewed commitments', () => {
  it('pairs each commitment with its review and how its answer moved', () => {
    const plan = [
      'climate.encourage-creativity',
      'leading.united-leadership',
      'delivery.persist',
    ].map((actionId) => ({ actionId, what: `Do ${actionId}`, who: '', byWhen: null, measure: '' }));
    const review = [
      { actionId: 'climate.encourage-creativity', outcome: 'done' as const, note: 'Ideas days' },
      { actionId: 'leading.united-leadership', outcome: 'dropped' as const, note: '' },
    ];
    expect(reviewedCommitments(plan, review, round1, round2)).toEqual([
      {
        actionId: 'climate.encourage-creativity',
        what: 'Do climate.encourage-creativity',
        outcome: 'done',
        note: 'Ideas days',
        before: 2,
        after: 4,
        movement: 'better',
        points: 2,
      },
      {
        actionId: 'leading.united-leadership',
        what: 'Do leading.united-leadership',
        outcome: 'dropped',
        note: '',
        before: 2,
        after: 1,
        movement: 'worse',
        points: -1,
      },
      {
        actionId: 'delivery.persist',
        what: 'Do delivery.persist',
        outcome: null,
        note: '',
        before: 'not-sure',
        after: 3,
        movement: 'newly-answered',
        points: null,
      },
    ]);
  });

  it('collects a review only when every commitment has an outcome', () => {
    const plan = ['climate.encourage-creativity', 'delivery.persist'].map((actionId) => ({
      actionId,
      what: '',
      who: '',
      byWhen: null,
      measure: '',
    }));
    expect(
      reviewFor(plan, {
        'climate.encourage-creativity': { outcome: 'partly', note: '  half done ' },
        'delivery.persist': { outcome: '', note: 'x' },
      }),
    ).toEqual({
      review: [{ actionId: 'climate.encourage-creativity', outcome: 'partly', note: 'half done' }],
      missing: ['delivery.persist'],
    });
  });
});
