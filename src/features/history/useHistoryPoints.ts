import { useMemo } from 'react';
import { hasStarted } from '../../domain/assessment/assessment';
import { checklistContent } from '../../domain/content/load';
import type { HistoryEntry } from '../../domain/history/round';
import { historyScores, type HistoryPoint } from '../../domain/history/series';
import { useAssessmentStore } from '../../state/assessmentStore';
import { useHistoryEntries } from '../../state/historyReads';

const { checklist, scale } = checklistContent;

export const CURRENT_ID = 'current';

/** Every kept entry, then the current round ("Now") when it has answers: the history page's points. */
export function useHistoryPoints() {
  const entries = useHistoryEntries();
  const current = useAssessmentStore((s) => s.assessment);
  return useMemo(() => {
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
        date: current.updatedAt ?? new Date().toISOString(),
        label: 'Now',
        answers: current.answers,
      });
    const byId = new Map<string, HistoryEntry>(kept.map((e) => [e.id, e]));
    return { points, scores: historyScores(checklist, scale, points), byId };
  }, [entries, current]);
}
