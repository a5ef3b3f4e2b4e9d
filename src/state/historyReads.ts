import { useMemo } from 'react';
import type { HistoryEntry } from '../domain/history/round';
import { previousRound, wholeHistory, type LastRound } from '../domain/history/whole';
import { useAssessmentStore } from './assessmentStore';
import { useHistoryStore } from './historyStore';
import { useSnapshotStore } from './snapshotStore';

/** Kept rounds and manual snapshots together, earliest first: the leader's whole history. */
export function useHistoryEntries(): HistoryEntry[] {
  const rounds = useHistoryStore((s) => s.entries);
  const snapshots = useSnapshotStore((s) => s.snapshots);
  return useMemo(() => wholeHistory(rounds, snapshots), [rounds, snapshots]);
}

/** The round the current one is compared with (domain/history/whole.ts says which). */
export function usePreviousRound(): HistoryEntry | null {
  const entries = useHistoryEntries();
  const current = useAssessmentStore((s) => s.assessment);
  return previousRound(entries, current);
}

/** The round the answers now are compared with, and the answers now: what the "since" panels show. */
export function useLastRound(): LastRound {
  const previous = usePreviousRound();
  const answers = useAssessmentStore((s) => s.assessment.answers);
  return useMemo(() => ({ previous, answers }), [previous, answers]);
}
