import { useMemo } from 'react';
import { hasStarted } from '../../domain/assessment/assessment';
import { orderHistory, type HistoryEntry } from '../../domain/history/round';
import { useAssessmentStore } from '../../state/assessmentStore';
import { useHistoryStore } from '../../state/historyStore';
import { useSnapshotStore } from '../../state/snapshotStore';

/** Kept rounds and manual snapshots together, earliest first: the leader's whole history. */
export function useHistoryEntries(): HistoryEntry[] {
  const rounds = useHistoryStore((s) => s.entries);
  const snapshots = useSnapshotStore((s) => s.snapshots);
  return useMemo(() => {
    const ids = new Set(rounds.map((r) => r.id));
    const fromSnapshots: HistoryEntry[] = snapshots
      .filter((s) => !ids.has(s.id))
      .map((s) => ({ ...s, kind: 'snapshot', review: null }));
    return orderHistory([...rounds, ...fromSnapshots]);
  }, [rounds, snapshots]);
}

/**
 * The round the current one is compared with: the latest kept round, else the latest snapshot; null
 * when there is none, or nothing answered now.
 */
export function usePreviousRound(): HistoryEntry | null {
  const entries = useHistoryEntries();
  const current = useAssessmentStore((s) => s.assessment);
  if (!hasStarted(current)) return null;
  const rounds = entries.filter((e) => e.kind === 'round' && e.id !== current.id);
  return rounds.at(-1) ?? entries.filter((e) => e.id !== current.id).at(-1) ?? null;
}

/** The kept round whose plan waits for review: the latest round, if it had a plan not yet reviewed. */
export function useRoundToReview(): HistoryEntry | null {
  const rounds = useHistoryStore((s) => s.entries);
  const current = useAssessmentStore((s) => s.assessment);
  const last = rounds.filter((e) => e.kind === 'round' && e.id !== current.id).at(-1);
  return last && last.assessment.plan.length > 0 ? last : null;
}
