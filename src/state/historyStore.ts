import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Assessment } from '../domain/assessment/assessment';
import { checklistContent } from '../domain/content/load';
import type { PlanReviewItem } from '../domain/history/planReview';
import { mergeHistory, orderHistory, roundEntry, type HistoryEntry } from '../domain/history/round';
import {
  checkSavedHistory,
  HISTORY_KEY,
  migrateSavedHistory,
  SAVED_HISTORY_VERSION,
  type SavedHistory,
} from '../domain/history/saved';
import { followOtherTabs, lastWriteSucceeded, persistOptions } from './savedFormat';
import { useSavedDataProblems } from './savedDataProblems';

const { checklist, scale } = checklistContent;

interface HistoryStore {
  /** Earliest first. */
  entries: HistoryEntry[];
  /** Keeps a finished round; returns false (and reports why) if it could not be kept. */
  keepRound(assessment: Assessment, label: string): boolean;
  /** Adds imported entries; an entry already there (same id) is left as it was. */
  addImported(
    entries: HistoryEntry[],
    currentAssessmentId: string,
  ): { added: number; alreadyThere: number } | null;
  saveReview(entryId: string, review: PlanReviewItem[]): boolean;
}

export const useHistoryStore = create<HistoryStore>()(
  persist(
    (set, get) => {
      // What a write accepts, the load check accepts: every change is checked before it is made.
      const write = (entries: HistoryEntry[]): boolean => {
        const checked = checkSavedHistory({ entries }, checklist, scale);
        if (!checked.ok) {
          useSavedDataProblems
            .getState()
            .reportSaveFailed(HISTORY_KEY, `Your history could not be kept: ${checked.message}`);
          return false;
        }
        const before = get().entries;
        set({ entries: checked.value.entries });
        // persist writes straight away; a full or blocked storage is reported there. Then the change
        // is undone, so what is on screen is what a reload would show, and the caller changes nothing.
        if (!lastWriteSucceeded(HISTORY_KEY)) {
          set({ entries: before });
          return false;
        }
        return true;
      };
      return {
        entries: [],
        keepRound: (assessment, label) =>
          write(
            orderHistory([
              ...get().entries.filter((e) => e.id !== assessment.id),
              roundEntry(assessment, label, new Date()),
            ]),
          ),
        addImported: (incoming, currentAssessmentId) => {
          const merged = mergeHistory(get().entries, incoming, currentAssessmentId);
          return write(merged.history)
            ? { added: merged.added, alreadyThere: merged.alreadyThere }
            : null;
        },
        saveReview: (entryId, review) =>
          write(get().entries.map((e) => (e.id === entryId ? { ...e, review } : e))),
      };
    },
    persistOptions<HistoryStore, SavedHistory>(
      {
        key: HISTORY_KEY,
        version: SAVED_HISTORY_VERSION,
        empty: () => ({ entries: [] }),
        migrate: migrateSavedHistory,
        check: (state) => checkSavedHistory(state, checklist, scale),
      },
      (s) => ({ entries: s.entries }),
    ),
  ),
);

// Another tab kept a round or reviewed a plan: follow it, so neither tab overwrites the other's.
followOtherTabs(useHistoryStore, HISTORY_KEY);
