import { hasStarted, type Assessment } from '../assessment/assessment';
import type { Checklist, Scale } from '../content/types';
import type { HistoryEntry } from '../history/round';
import { historyScores, type HistoryPoint, type RoundScores } from '../history/series';

export const CURRENT_ID = 'current';

export interface HistoryPoints {
  /** Every kept entry, then the answers now ("Now") when there are any. */
  points: HistoryPoint[];
  scores: RoundScores[];
  byId: Map<string, HistoryEntry>;
}

/** The history page's points and their scores, from the whole history and the round now. */
export function historyPoints(
  content: { checklist: Checklist; scale: Scale },
  entries: readonly HistoryEntry[],
  current: Assessment,
  now: Date,
): HistoryPoints {
  const kept = entries.filter((e) => e.id !== current.id);
  const points: HistoryPoint[] = kept.map((e) => ({
    id: e.id,
    date: e.savedAt,
    label: e.kind === 'round' ? 'Round' : `Snapshot: ${e.label}`,
    answers: e.assessment.answers,
  }));
  if (hasStarted(current))
    points.push({
      id: CURRENT_ID,
      date: current.updatedAt ?? now.toISOString(),
      label: 'Now',
      answers: current.answers,
    });
  const byId = new Map<string, HistoryEntry>(kept.map((e) => [e.id, e]));
  return { points, scores: historyScores(content.checklist, content.scale, points), byId };
}
