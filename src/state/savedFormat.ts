import type { StoreApi } from 'zustand';
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { boundMessage, describeError } from '../domain/assessment/describeValue';
import { saveMended } from './mended';
import { isHeld, useSavedDataProblems } from './savedDataProblems';
import { onRelease, setAside } from './setAside';

/** What a saved format's one check returns: the usable data, and what it had to leave out. */
export type LoadCheck<T> =
  | {
      ok: true;
      value: T;
      /** Items of a saved list that were left out, each named with what is wrong. */
      leftOut?: string[];
    }
  | { ok: false; message: string };

/**
 * Everything the app needs to keep one piece of data in this browser. `check` is the ONE check for the
 * format: it runs on every load, after migration, and before every write, so nothing is ever saved that
 * the next load would refuse.
 */
export interface SavedFormat<T> {
  key: string;
  version: number;
  /** What the store holds when nothing is saved (a first visit, or deleted in another tab). */
  empty(): T;
  /**
   * Upgrades an older format; returns undefined when it cannot. May throw: every load step is guarded.
   * A step that mends something (a date out of range, issue 26.12) says what in `notes`.
   */
  migrate(state: unknown, fromVersion: number, notes: string[]): unknown;
  check(state: unknown): LoadCheck<T>;
}

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' ||
      error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      error.code === 22)
  );
}

const lastWrite = new Map<string, boolean>();

/** Whether the latest write to this key reached storage. Read it straight after a store action. */
export function lastWriteSucceeded(key: string): boolean {
  return lastWrite.get(key) ?? true;
}

type Problem = { message: string; newer?: boolean };

/** Parses, version-checks, migrates and checks saved text. Never throws: any throw is a problem too. */
function load<T>(
  format: SavedFormat<T>,
  raw: string,
): { value: T; problem?: Problem; notes?: string[] } | Problem {
  try {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return { message: 'the saved text is damaged (it is not complete JSON).' };
    }
    if (typeof parsed !== 'object' || parsed === null || !('state' in parsed))
      return { message: 'the saved text is not in the form this app saves.' };
    const version = (parsed as { version?: unknown }).version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
      return { message: 'the saved text has no format version.' };
    if (version > format.version) {
      return {
        newer: true,
        message: `it was saved by a newer version of this app (format ${version}; this one reads up to ${format.version}).`,
      };
    }
    const state = (parsed as { state: unknown }).state;
    const notes: string[] = [];
    const migrated = version === format.version ? state : format.migrate(state, version, notes);
    if (migrated === undefined)
      return { message: `it is in format ${version}, which this version of the app cannot read.` };
    const checked = format.check(migrated);
    if (!checked.ok) return { message: checked.message };
    const leftOut = checked.leftOut ?? [];
    return leftOut.length === 0
      ? { value: checked.value, notes }
      : { value: checked.value, problem: { message: leftOut.join(' ') } };
  } catch (error) {
    return { message: `it could not be read (${describeError(error)}).` };
  }
}

/**
 * zustand persist options for a saved format. Saved text that cannot be used is set aside and reported,
 * never thrown or overwritten; a full or blocked storage is reported for this key alone; a write that
 * the load check would refuse is not made.
 */
export function persistOptions<S, T>(
  format: SavedFormat<T>,
  pick: (state: S) => T,
): PersistOptions<S, T> {
  const { key } = format;
  const failed = (message: string) => {
    lastWrite.set(key, false);
    useSavedDataProblems.getState().reportSaveFailed(key, message);
  };

  const storage: PersistStorage<T> = {
    getItem(name): StorageValue<T> | null {
      let raw: string | null;
      try {
        raw = localStorage.getItem(name);
      } catch {
        failed(
          'This browser does not let the app keep anything, so changes will be lost when you close the page.',
        );
        return null;
      }
      if (raw === null) return null;
      const loaded = load(format, raw);
      if (!('value' in loaded)) {
        setAside(key, raw, boundMessage(loaded.message), { newer: loaded.newer });
        return null;
      }
      if (loaded.problem)
        setAside(key, raw, boundMessage(loaded.problem.message), { partial: true });
      else if (loaded.notes && loaded.notes.length > 0)
        saveMended(key, { state: loaded.value, version: format.version }, loaded.notes);
      // Handed over as the current version, so zustand neither migrates again nor writes on load.
      return { state: loaded.value, version: format.version };
    },
    setItem(name, value) {
      if (isHeld(key)) {
        return failed(
          'What was saved before could not be used and is kept as it was until you download it or discard it (see the message above).',
        );
      }
      let text: string;
      try {
        const checked = format.check(value.state);
        if (!checked.ok || (checked.leftOut ?? []).length > 0) {
          const why = checked.ok ? checked.leftOut!.join(' ') : checked.message;
          return failed(
            `It would not be readable again: ${boundMessage(why)} What was saved before is still there.`,
          );
        }
        text = JSON.stringify(value);
      } catch (error) {
        return failed(`It could not be prepared for saving (${describeError(error)}).`);
      }
      try {
        localStorage.setItem(name, text);
        lastWrite.set(key, true);
        useSavedDataProblems.getState().clearSaveFailed(key);
      } catch (error) {
        failed(
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
  };

  return {
    name: key,
    version: format.version,
    storage,
    partialize: pick,
    // Everything was checked in getItem; nothing saved (first visit, or removed in another tab) or
    // nothing usable means the empty state, never what happened to be in memory.
    merge: (saved, current) => ({ ...current, ...(saved ?? format.empty()) }),
  };
}

type PersistedStore = Pick<StoreApi<unknown>, 'getState' | 'setState'> & {
  persist: { rehydrate(): Promise<void> | void };
};

/**
 * Every persisted store calls this once. The store follows changes made in other tabs (answers from
 * both survive, a delete stays deleted, an old tab never overwrites a newer version's data), and can be
 * saved again when a held key is released.
 */
export function followOtherTabs(store: PersistedStore, key: string) {
  onRelease(key, () => store.setState(store.getState()));
  if (typeof window === 'undefined') return;
  window.addEventListener('storage', (event) => {
    // key null: another tab cleared all storage for this site.
    if (event.storageArea === localStorage && (event.key === key || event.key === null))
      void store.persist.rehydrate();
  });
}
