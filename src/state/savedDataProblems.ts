import { create } from 'zustand';

/**
 * One time saved data could not be used: what is wrong, and the saved text exactly as found. Each incident
 * keeps its own copy; none is ever overwritten by a later one.
 */
export interface Incident {
  id: string;
  /** The storage key the text was read from. */
  key: string;
  /** What is wrong, finishing the sentence "Your saved answers could not be used: …". */
  message: string;
  /** The saved text exactly as it was found. */
  raw: string;
  /** Where the separate copy is kept in this browser; null when storage would not take it. */
  copyKey: string | null;
  /** Only some items of a saved list were left out; the rest are in use. */
  partial: boolean;
  /** Saved by a newer version of the app: this version never changes it, so it cannot be discarded. */
  newer: boolean;
  /** Downloaded in this visit: the original may now be replaced. */
  downloaded: boolean;
}

interface SavedDataProblems {
  incidents: Incident[];
  /** What a migration step changed in saved data, by storage key (issue 26.12); until dismissed. */
  mended: Record<string, string[]>;
  reportMended(key: string, notes: string[]): void;
  dismissMended(key: string): void;
  /** Why the latest change to a key was not saved, by storage key; absent once a save succeeds. */
  saveFailed: Record<string, string>;
  report(incident: Incident): void;
  reportSaveFailed(key: string, message: string): void;
  clearSaveFailed(key: string): void;
  markDownloaded(id: string): void;
  /** Forgets an incident (the caller removes its copy). */
  drop(id: string): void;
}

export const COPY_SUFFIX = ':unreadable';

export const useSavedDataProblems = create<SavedDataProblems>()((set) => ({
  incidents: [],
  mended: {},
  reportMended: (key, notes) => set((s) => ({ mended: { ...s.mended, [key]: notes } })),
  dismissMended: (key) =>
    set((s) => {
      const mended = { ...s.mended };
      delete mended[key];
      return { mended };
    }),
  saveFailed: {},
  report: (incident) => set((s) => ({ incidents: [...s.incidents, incident] })),
  reportSaveFailed: (key, message) =>
    set((s) =>
      s.saveFailed[key] === message ? s : { saveFailed: { ...s.saveFailed, [key]: message } },
    ),
  clearSaveFailed: (key) =>
    set((s) => {
      if (!(key in s.saveFailed)) return s;
      const saveFailed = { ...s.saveFailed };
      delete saveFailed[key];
      return { saveFailed };
    }),
  markDownloaded: (id) =>
    set((s) => ({
      incidents: s.incidents.map((i) => (i.id === id ? { ...i, downloaded: true } : i)),
    })),
  drop: (id) => set((s) => ({ incidents: s.incidents.filter((i) => i.id !== id) })),
}));

/**
 * A key is held while an incident for it is open: the original text stays as it was until the user has
 * downloaded it or chosen to discard it, and data saved by a newer version is never changed.
 */
export function isHeld(key: string): boolean {
  return useSavedDataProblems
    .getState()
    .incidents.some((i) => i.key === key && (i.newer || !i.downloaded));
}
