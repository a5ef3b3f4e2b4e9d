import type { Assessment } from '../assessment/assessment';
import type { PlanReviewItem } from './planReview';

/**
 * One dated entry in a leader's history. A round is an assessment kept automatically when the leader
 * starts again; a snapshot is a copy they chose to keep. Both are shown and compared the same way.
 */
export interface HistoryEntry {
  /** For a round, the assessment's own id, so the same round imported twice is recognised. */
  id: string;
  kind: 'round' | 'snapshot';
  /** ISO date-time the entry stands for: when the round was last changed, or when the snapshot was kept. */
  savedAt: string;
  /** Why it was kept, in the user's words or the app's ("Before importing a file"). */
  label: string;
  assessment: Assessment;
  /** How the leader said this entry's plan went, reviewed when the next round started; null until then. */
  review: PlanReviewItem[] | null;
}

/** The history entry for a finished round: dated when its answers were last changed. */
export function roundEntry(assessment: Assessment, label: string, now: Date): HistoryEntry {
  return {
    id: assessment.id,
    kind: 'round',
    savedAt: assessment.updatedAt ?? now.toISOString(),
    label,
    assessment,
    review: null,
  };
}

/** Earliest first, whatever order the entries were kept or imported in; ties broken by id. */
export function orderHistory(entries: readonly HistoryEntry[]): HistoryEntry[] {
  return [...entries].sort((a, b) => {
    const byDate = Date.parse(a.savedAt) - Date.parse(b.savedAt);
    return byDate !== 0 ? byDate : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export interface MergeResult {
  history: HistoryEntry[];
  added: number;
  /** Entries already present (same id), left as they were. */
  alreadyThere: number;
}

/**
 * Adds imported entries to the history. An entry whose id is already there (or is the current
 * assessment's) is not added again, so importing last year's file twice changes nothing.
 */
export function mergeHistory(
  existing: readonly HistoryEntry[],
  incoming: readonly HistoryEntry[],
  currentAssessmentId?: string,
): MergeResult {
  const seen = new Set(existing.map((e) => e.id));
  if (currentAssessmentId) seen.add(currentAssessmentId);
  const added: HistoryEntry[] = [];
  for (const entry of incoming) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    added.push(entry);
  }
  return {
    history: orderHistory([...existing, ...added]),
    added: added.length,
    alreadyThere: incoming.length - added.length,
  };
}
