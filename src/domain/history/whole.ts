import { hasStarted, type Assessment } from '../assessment/assessment';
import type { Snapshot } from '../assessment/snapshot';
import type { Answers } from '../scoring/answers';
import { orderHistory, type HistoryEntry } from './round';

/** The entry the answers now are compared with (previousRound), and the answers now. */
export interface LastRound {
  previous: HistoryEntry | null;
  answers: Answers;
}

/**
 * A leader's whole history: the kept rounds and the snapshots kept by hand, earliest first. A
 * snapshot that is also a kept round (the same id) is counted once, as the round.
 */
export function wholeHistory(rounds: HistoryEntry[], snapshots: Snapshot[]): HistoryEntry[] {
  const ids = new Set(rounds.map((r) => r.id));
  const fromSnapshots: HistoryEntry[] = snapshots
    .filter((s) => !ids.has(s.id))
    .map((s) => ({ ...s, kind: 'snapshot', review: null }));
  return orderHistory([...rounds, ...fromSnapshots]);
}

/**
 * The entry the answers now are compared with: the latest kept round other than the current one,
 * else the latest snapshot; null when there is none, or nothing is answered now.
 */
export function previousRound(entries: HistoryEntry[], current: Assessment): HistoryEntry | null {
  if (!hasStarted(current)) return null;
  const others = entries.filter((e) => e.id !== current.id);
  return others.filter((e) => e.kind === 'round').at(-1) ?? others.at(-1) ?? null;
}

/** The kept round whose plan waits for review: the latest round, if it had a plan. */
export function roundToReview(rounds: HistoryEntry[], current: Assessment): HistoryEntry | null {
  const last = rounds.filter((e) => e.kind === 'round' && e.id !== current.id).at(-1);
  return last && last.assessment.plan.length > 0 ? last : null;
}
