import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { RECOVERED_SUFFIX, useSavedDataProblems } from './savedDataProblems';

interface Options {
  /** The format version this build writes. */
  version: number;
}

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' ||
      error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      error.code === 22)
  );
}

/**
 * localStorage for zustand's persist, made safe: saved text that is not JSON, has the wrong shape or
 * comes from a newer version is set aside under its own key and reported, never thrown or overwritten;
 * a full or blocked storage is reported and the last saved state stays as it was.
 */
export function safeLocalStorage<S>({ version }: Options): PersistStorage<S> & {
  /** Used by the store's merge step, which sees the state only after migration. */
  rejectLoaded(name: string, message: string): void;
} {
  const lastRead = new Map<string, string>();

  const setAside = (name: string, raw: string, message: string) => {
    try {
      localStorage.setItem(name + RECOVERED_SUFFIX, raw);
    } catch {
      // Could not copy it; it stays in memory for download for this visit.
    }
    useSavedDataProblems.getState().reportUnreadable({ key: name, message, raw });
  };

  return {
    getItem(name) {
      let raw: string | null;
      try {
        raw = localStorage.getItem(name);
      } catch {
        useSavedDataProblems
          .getState()
          .reportSaveFailed(
            'This browser does not let the app keep anything, so answers will be lost when you close the page.',
          );
        return null;
      }
      if (raw === null) return null;
      lastRead.set(name, raw);
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        setAside(name, raw, 'the saved text is damaged (it is not complete JSON).');
        return null;
      }
      if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) {
        setAside(name, raw, 'the saved text is not in the form this app saves.');
        return null;
      }
      const savedVersion = (parsed as { version?: unknown }).version;
      if (typeof savedVersion !== 'number' || !Number.isInteger(savedVersion) || savedVersion < 0) {
        setAside(name, raw, 'the saved text has no format version.');
        return null;
      }
      if (savedVersion > version) {
        setAside(
          name,
          raw,
          `it was saved by a newer version of this app (format ${savedVersion}; this one reads up to ${version}).`,
        );
        return null;
      }
      return parsed as StorageValue<S>;
    },
    setItem(name, value) {
      try {
        localStorage.setItem(name, JSON.stringify(value));
        if (useSavedDataProblems.getState().saveFailed)
          useSavedDataProblems.getState().clearSaveFailed();
      } catch (error) {
        useSavedDataProblems
          .getState()
          .reportSaveFailed(
            isQuotaError(error)
              ? "Your browser's storage for this site is full, so your latest change has not been saved. What was saved before is still there."
              : 'Your browser would not save your latest change. What was saved before is still there.',
          );
      }
    },
    removeItem(name) {
      try {
        localStorage.removeItem(name);
      } catch {
        // Nothing could have been saved there either.
      }
    },
    rejectLoaded(name, message) {
      setAside(name, lastRead.get(name) ?? '', message);
    },
  };
}
