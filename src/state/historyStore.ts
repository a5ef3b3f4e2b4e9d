import type { Assessment } from '../domain/assessment/assessment';
import type { PlanReviewItem } from '../domain/history/planReview';
import { mergeHistory, orderHistory, roundEntry, type HistoryEntry } from '../domain/history/round';
import type { SavedHistory } from '../domain/history/saved';
import { historyFormat } from '../domain/saved/formats/history';
import type { SaveResult } from '../domain/saved/result';
import { savedStore } from './savedStore';

interface HistoryActions {
  /** Keeps a finished round; anything but `saved` means nothing was kept (and the page says why). */
  keepRound(assessment: Assessment, label: string): SaveResult;
  /** Adds imported entries; an entry already there (same id) is left as it was. */
  addImported(
    entries: HistoryEntry[],
    currentAssessmentId: string,
  ): { result: SaveResult; added: number; alreadyThere: number };
  saveReview(entryId: string, review: PlanReviewItem[]): SaveResult;
}

// Every change is checked before it is made (the factory's write runs the load check), and a change
// that could not be written is taken back, so what is on screen is what a reload would show.
export const useHistoryStore = savedStore<SavedHistory, HistoryActions>(
  historyFormat,
  (commit) => ({
    keepRound: (assessment, label) =>
      commit(({ entries }) => ({
        entries: orderHistory([
          ...entries.filter((e) => e.id !== assessment.id),
          roundEntry(assessment, label, new Date()),
        ]),
      })),
    addImported: (incoming, currentAssessmentId) => {
      let counts = { added: 0, alreadyThere: 0 };
      const result = commit(({ entries }) => {
        const merged = mergeHistory(entries, incoming, currentAssessmentId);
        counts = { added: merged.added, alreadyThere: merged.alreadyThere };
        return { entries: merged.history };
      });
      return { result, ...counts };
    },
    saveReview: (entryId, review) =>
      commit(({ entries }) => ({
        entries: entries.map((e) => (e.id === entryId ? { ...e, review } : e)),
      })),
  }),
);
