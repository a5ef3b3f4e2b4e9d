import { useMemo } from 'react';
import type { AppContent } from '../../domain/content/appContent';
import type { HistoryEntry } from '../../domain/history/round';
import { historyPoints, type HistoryPoints } from '../../domain/report/historyPoints';
import { useAssessmentStore } from '../../state/assessmentStore';

/** Every kept entry, then the current round ("Now") when it has answers: the history page's points. */
export function useHistoryPoints(content: AppContent, entries: HistoryEntry[]): HistoryPoints {
  const current = useAssessmentStore((s) => s.assessment);
  return useMemo(
    () => historyPoints(content, entries, current, new Date()),
    [content, entries, current],
  );
}
