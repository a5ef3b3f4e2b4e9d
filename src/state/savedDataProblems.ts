import { create } from 'zustand';

/** Saved data that could not be used, kept so the user can download it: nothing is silently lost. */
export interface UnreadableSave {
  /** The storage key it was read from. */
  key: string;
  /** What is wrong, in plain words, finishing the sentence "Your saved answers could not be used: …". */
  message: string;
  /** The saved text exactly as it was found. */
  raw: string;
}

interface SavedDataProblems {
  unreadable: UnreadableSave[];
  /** Set when the browser refused to save (storage full or blocked); the last saved state is intact. */
  saveFailed: string | null;
  reportUnreadable(problem: UnreadableSave): void;
  reportSaveFailed(message: string): void;
  clearSaveFailed(): void;
  discardUnreadable(key: string): void;
}

export const RECOVERED_SUFFIX = ':unreadable';

export const useSavedDataProblems = create<SavedDataProblems>()((set) => ({
  unreadable: [],
  saveFailed: null,
  reportUnreadable: (problem) =>
    set((s) => ({ unreadable: [...s.unreadable.filter((p) => p.key !== problem.key), problem] })),
  reportSaveFailed: (message) => set({ saveFailed: message }),
  clearSaveFailed: () => set({ saveFailed: null }),
  discardUnreadable: (key) => {
    try {
      localStorage.removeItem(key + RECOVERED_SUFFIX);
    } catch {
      // Storage unavailable: nothing was kept there to remove.
    }
    set((s) => ({ unreadable: s.unreadable.filter((p) => p.key !== key) }));
  },
}));
