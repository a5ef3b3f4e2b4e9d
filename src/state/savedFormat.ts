import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { boundMessage, describeError } from '../domain/assessment/describeValue';
import { loadSaved, type SavedFormat } from '../domain/saved/format';
import { whyNotSaved, type SaveResult } from '../domain/saved/result';
import { saveMended } from './mended';
import { isHeld, useSavedDataProblems } from './savedDataProblems';
import { isDeletingAll } from './otherTabs';
import { setAside } from './setAside';

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' ||
      error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      error.code === 22)
  );
}

/**
 * One store's line to storage, private to the store factory: what the latest write came to, and the
 * text this tab last read or wrote, so a write notices when another tab wrote in between.
 */
export interface SavedChannel {
  result: SaveResult;
  /** The saved text as this tab last saw it; undefined before the first read. */
  known: string | null | undefined;
  /** While set, a change in memory is not written (putting back what storage already holds). */
  silent: boolean;
}

export const newChannel = (): SavedChannel => ({
  result: { kind: 'saved' },
  known: undefined,
  silent: false,
});

const readable = (why: string) =>
  `It would not be readable again: ${boundMessage(why)} What was saved before is still there.`;

/** The one checked write: nothing is written that the load check would refuse, or over another tab. */
function write<T>(
  format: SavedFormat<T>,
  channel: SavedChannel,
  saved: StorageValue<T>,
): SaveResult {
  const { key } = format;
  if (isDeletingAll()) return { kind: 'deleted-elsewhere' };
  if (isHeld(key)) {
    const newer = useSavedDataProblems.getState().incidents.some((i) => i.key === key && i.newer);
    return newer ? { kind: 'newer-version' } : { kind: 'held' };
  }
  let text: string;
  try {
    const checked = format.check(saved.state);
    if (!checked.ok || (checked.leftOut ?? []).length > 0)
      return {
        kind: 'refused',
        reason: readable(checked.ok ? checked.leftOut!.join(' ') : checked.message),
      };
    text = JSON.stringify(saved);
  } catch (error) {
    return {
      kind: 'refused',
      reason: `It could not be prepared for saving (${describeError(error)}).`,
    };
  }
  try {
    // Another tab wrote (or deleted) since this tab last looked, and its news has not arrived yet.
    const now = localStorage.getItem(key);
    if (channel.known !== undefined && now !== channel.known) return { kind: 'changed-elsewhere' };
    localStorage.setItem(key, text);
    channel.known = text;
    return { kind: 'saved' };
  } catch (error) {
    return isQuotaError(error) ? { kind: 'full' } : { kind: 'blocked' };
  }
}

/** Shows, or clears, the notice that the latest change to this key was not saved. */
export function reportSave(key: string, result: SaveResult) {
  const problems = useSavedDataProblems.getState();
  if (result.kind === 'saved') problems.clearSaveFailed(key);
  else problems.reportSaveFailed(key, whyNotSaved(result));
}

/**
 * zustand persist options for a saved format. Saved text that cannot be used is set aside and reported,
 * never thrown or overwritten; a write that the load check would refuse is not made; what each write
 * came to is left in the channel for the store's action to return.
 */
export function persistOptions<S, T>(
  format: SavedFormat<T>,
  pick: (state: S) => T,
  channel: SavedChannel,
): PersistOptions<S, T> {
  const { key } = format;
  const storage: PersistStorage<T> = {
    getItem(): StorageValue<T> | null {
      let raw: string | null;
      try {
        raw = localStorage.getItem(key);
      } catch {
        useSavedDataProblems
          .getState()
          .reportSaveFailed(
            key,
            'This browser does not let the app keep anything, so changes will be lost when you close the page.',
          );
        return null;
      }
      channel.known = raw;
      if (raw === null) return null;
      const loaded = loadSaved(format, raw);
      if (loaded.kind !== 'loaded') {
        setAside(key, raw, boundMessage(loaded.reason), { newer: loaded.kind === 'newer-version' });
        return null;
      }
      if (loaded.leftOut.length > 0)
        setAside(key, raw, boundMessage(loaded.leftOut.join(' ')), { partial: true });
      else if (loaded.notes.length > 0) {
        // Mended on load (a date out of range, issue 26.12): saved at once, and this tab now knows
        // that text, so its next write is not taken for another tab's.
        const written = saveMended(
          key,
          { state: loaded.value, version: format.version },
          loaded.notes,
        );
        if (written !== undefined) channel.known = written;
      }
      // Handed over as the current version, so zustand neither migrates again nor writes on load.
      return { state: loaded.value, version: format.version };
    },
    setItem(_name, value) {
      if (channel.silent) return;
      channel.result = write(format, channel, value);
      // A write that met another tab's change is tried again by the store, which reports the outcome.
      if (channel.result.kind !== 'changed-elsewhere') reportSave(key, channel.result);
    },
    removeItem() {
      try {
        localStorage.removeItem(key);
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
