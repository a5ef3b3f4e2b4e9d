import { describe, expect, it } from 'vitest';
import { emptyAssessment, type Assessment } from '../../src/domain/assessment/assessment';
import type { Snapshot } from '../../src/domain/assessment/snapshot';
import type { HistoryEntry } from '../../src/domain/history/round';
import { previousRound, roundToReview, wholeHistory } from '../../src/domain/history/whole';
import { checklist } from './fixtures';

const answered = (id: string, plan = false): Assessment => ({
  ...emptyAssessment(checklist),
  id,
  answers: { [checklist.sections[0]!.actions[0]!.id]: 2 },
  plan: plan
    ? [
        {
          actionId: checklist.sections[0]!.actions[0]!.id,
          what: 'Ask cabinet',
          who: '',
          byWhen: null,
          measure: '',
        },
      ]
    : [],
});
const round = (id: string, savedAt: string, plan = false): HistoryEntry => ({
  id,
  kind: 'round',
  savedAt,
  label: 'Round',
  assessment: answered(id, plan),
  review: null,
});
const snapshot = (id: string, savedAt: string): Snapshot => ({
  id,
  savedAt,
  label: 'Before importing a file',
  assessment: answered(id),
});

describe("a leader's whole history", () => {
  it('puts rounds and snapshots in date order, a snapshot of a kept round once, as the round', () => {
    const rounds = [round('r2', '2026-06-01T10:00:00Z'), round('r1', '2026-01-01T10:00:00Z')];
    const snapshots = [
      snapshot('s1', '2026-03-01T10:00:00Z'),
      snapshot('r2', '2026-06-01T10:00:00Z'),
    ];
    expect(wholeHistory(rounds, snapshots).map((e) => `${e.id}:${e.kind}`)).toEqual([
      'r1:round',
      's1:snapshot',
      'r2:round',
    ]);
  });

  it('compares the answers now with the latest round, else the latest snapshot, never themselves', () => {
    const now = answered('now');
    const r1 = round('r1', '2026-01-01T10:00:00Z');
    const s1 = wholeHistory([], [snapshot('s1', '2026-03-01T10:00:00Z')])[0]!;
    // A snapshot kept after the last round does not replace the round as "last time".
    expect(previousRound([r1, s1], now)?.id).toBe('r1');
    expect(previousRound([s1], now)?.id).toBe('s1');
    // The current assessment kept as a round is not its own "last time".
    expect(previousRound([r1, round('now', '2026-05-01T10:00:00Z')], now)?.id).toBe('r1');
    // Nothing answered now: nothing to compare.
    expect(previousRound([r1], emptyAssessment(checklist))).toBeNull();
  });

  it('asks for a review of the latest round only when it had a plan', () => {
    const now = answered('now');
    const withPlan = round('r1', '2026-01-01T10:00:00Z', true);
    const without = round('r2', '2026-02-01T10:00:00Z');
    expect(roundToReview([withPlan], now)?.id).toBe('r1');
    expect(roundToReview([withPlan, without], now)).toBeNull();
    expect(roundToReview([round('now', '2026-03-01T10:00:00Z', true)], now)).toBeNull();
  });
});
