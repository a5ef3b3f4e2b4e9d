import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAssessment, type Assessment } from '../../src/domain/assessment/assessment';
import type { Snapshot } from '../../src/domain/assessment/snapshot';
import type { HistoryEntry } from '../../src/domain/history/round';
import type { PlanItem } from '../../src/domain/plan/planItem';
import { historyPoints } from '../../src/domain/report/historyPoints';
import { personalReport } from '../../src/domain/report/personalReport';
import { roundReport } from '../../src/domain/report/roundReport';
import type { AnswerValue } from '../../src/domain/scoring/answers';
import { researchContent } from '../../src/domain/content/research';
import { actionIds, checklist, everyAction, scale } from './fixtures';

// Local times, so each date is the same day in whatever time zone runs the tests (the CI runs one at UTC+14).
const at = (year: number, month: number, day: number, hour: number) =>
  new Date(year, month - 1, day, hour).toISOString();

const content = { checklist, scale, ...researchContent };
const NOW = new Date(2026, 8, 1, 9);
const item = (actionId: string, what: string): PlanItem => ({
  actionId,
  what,
  who: '',
  byWhen: null,
  measure: '',
});

// Last round (1 June 2026): every action "To some extent" (2), a plan of two, reviewed.
const lastRound: HistoryEntry = {
  id: 'r1',
  kind: 'round',
  savedAt: at(2026, 6, 1, 10),
  label: 'Round',
  assessment: {
    ...emptyAssessment(checklist),
    id: 'r1',
    answers: everyAction(2) as Record<string, AnswerValue>,
    plan: [
      item('climate.encourage-creativity', 'Ask cabinet'),
      item('leading.united-leadership', 'Away day'),
    ],
  },
  review: [
    { actionId: 'climate.encourage-creativity', outcome: 'not-done', note: 'No time' },
    { actionId: 'leading.united-leadership', outcome: 'done', note: '' },
  ],
};
// A snapshot kept after it: the round stays "last time" (domain/history/whole.ts).
const snapshot: Snapshot = {
  id: 's1',
  savedAt: at(2026, 7, 1, 10),
  label: 'Midway',
  assessment: { ...lastRound.assessment, id: 's1', plan: [] },
};
// Now: one action up to "Fully" (4), one down to "To a small extent" (1), one "Not sure".
const now: Assessment = {
  ...emptyAssessment(checklist),
  id: 'now',
  answers: {
    ...everyAction(2),
    'climate.encourage-creativity': 4,
    'delivery.persist': 1,
    'ambitions.long-term-objectives': 'not-sure' as AnswerValue,
  },
  plan: [item('delivery.persist', 'Keep going')],
  updatedAt: at(2026, 8, 15, 12),
};
const saved = { assessment: now, rounds: [lastRound], snapshots: [snapshot] };

beforeEach(() => vi.useFakeTimers({ now: NOW }));
afterEach(() => vi.useRealTimers());

describe("a leader's report, worked out once", () => {
  const report = personalReport(content, saved);

  it('compares the answers now with the last round, not the later snapshot', () => {
    expect(report.entries.map((e) => e.id)).toEqual(['r1', 's1']);
    expect(report.last.previous?.id).toBe('r1');
    expect(report.toReview?.id).toBe('r1');
  });

  it('says what moved since: overall, sections, coverage, rises, drops and other moves', () => {
    const since = report.since!;
    // Sections then all 50. Now: climate (4+2×5)/6 of 4 = 58.33; leading 50; ambitions 50 (the
    // "Not sure" left out); delivery (2×4+1)/5 of 4 = 45. Overall: their mean, 50.83.
    expect(since.overall.before).toBe(50);
    expect(since.overall.after).toBeCloseTo((175 / 3 + 50 + 50 + 45) / 4, 5);
    expect(since.sections.map((s) => s.after)).toEqual([expect.closeTo(175 / 3, 5), 50, 50, 45]);
    expect(since.coverage).toEqual({ before: 0, after: 1 });
    expect(since.rises.map((c) => [c.actionId, c.before, c.after])).toEqual([
      ['climate.encourage-creativity', 2, 4],
    ]);
    expect(since.drops.map((c) => [c.actionId, c.before, c.after])).toEqual([
      ['delivery.persist', 2, 1],
    ]);
    expect(since.otherMoves).toBe(1);
  });

  it("gives last plan's commitments, their review and how each answer moved", () => {
    expect(
      report.commitments.map((c) => [c.actionId, c.what, c.outcome, c.note, c.movement, c.points]),
    ).toEqual([
      ['climate.encourage-creativity', 'Ask cabinet', 'not-done', 'No time', 'better', 2],
      ['leading.united-leadership', 'Away day', 'done', '', 'same', 0],
    ]);
    // Only the one that did not go up is "not moved since".
    expect(report.unmoved).toEqual(['leading.united-leadership']);
  });

  it('proposes the unfinished commitment first, with last time’s words and review', () => {
    expect(report.lastPlan.unfinished.map((u) => u.item.actionId)).toEqual([
      'climate.encourage-creativity',
    ]);
    expect(report.lastPlan.remarks.get('climate.encourage-creativity')).toBe(
      "In your plan of 1 June 2026, reviewed as “Not done”: “No time”. Last time's words are below, to keep or change.",
    );
  });

  it('scores the answers now, the lowest answer the first weak area', () => {
    expect(report.view.result.overall).toBeCloseTo(report.since!.overall.after!, 10);
    expect(report.view.result.coverage).toBe(1);
    expect(report.view.weak[0]?.actionId).toBe('delivery.persist');
    expect(report.view.strengths.map((s) => s.actionId)).toEqual(['climate.encourage-creativity']);
  });

  it("gives the saved plan's prompt: the most direct quote tagged with the action", () => {
    const prompt = report.prompts.get('delivery.persist')!;
    expect(prompt.quote?.id).toBe('q26');
    // No recommendation of the report is tagged with persisting.
    expect(prompt.recommendation).toBeUndefined();
    expect([...report.prompts.keys()]).toEqual(['delivery.persist']);
  });

  it('keeps the view while only the plan changes (the plan page saves as the leader types)', () => {
    const again = personalReport(content, {
      ...saved,
      assessment: { ...now, plan: [item('delivery.persist', 'Keep going, and say so')] },
    });
    expect(again.view).toBe(report.view);
  });
});

describe('with nothing kept', () => {
  it('has no "since", no commitments and nothing to review', () => {
    const first = roundReport(content, { assessment: now, rounds: [], snapshots: [] });
    expect(first).toMatchObject({ since: null, commitments: [], unmoved: [], toReview: null });
    expect(first.last).toEqual({ previous: null, answers: now.answers });
    expect(first.lastPlan.unfinished).toEqual([]);
  });

  it('compares with the snapshot when there is no round, with no plan to review', () => {
    const report = roundReport(content, { assessment: now, rounds: [], snapshots: [snapshot] });
    expect(report.last.previous?.id).toBe('s1');
    expect(report.since?.coverage).toEqual({ before: 0, after: 1 });
    expect(report.commitments).toEqual([]);
    expect(report.toReview).toBeNull();
  });
});

describe("the history page's points", () => {
  it('lists the kept entries then "Now", each scored', () => {
    const { entries } = roundReport(content, saved);
    const { points, scores, byId } = historyPoints(content, entries, now, NOW);
    expect(points.map((p) => [p.id, p.label, p.date])).toEqual([
      ['r1', 'Round', at(2026, 6, 1, 10)],
      ['s1', 'Snapshot: Midway', at(2026, 7, 1, 10)],
      ['current', 'Now', at(2026, 8, 15, 12)],
    ]);
    expect(scores.map((s) => [s.overall, s.coverage, s.answered])).toEqual([
      [50, 0, actionIds.length],
      [50, 0, actionIds.length],
      [expect.closeTo((175 / 3 + 145) / 4, 5), 1, actionIds.length - 1],
    ]);
    expect([...byId.keys()]).toEqual(['r1', 's1']);
  });

  it('dates "Now" by the clock when the round has no date yet', () => {
    const undated = { ...now, updatedAt: null };
    expect(historyPoints(content, [], undated, NOW).points[0]?.date).toBe(NOW.toISOString());
  });
});
