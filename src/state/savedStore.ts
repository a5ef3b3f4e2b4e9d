import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { persist } from 'zustand/middleware';
import type { SavedFormat } from '../domain/saved/format';
import type { SaveResult } from '../domain/saved/result';
import { newChannel, persistOptions, reportSave } from './savedFormat';
import { onRelease } from './setAside';

/** A change to saved data: the next state from the current one, or why it must not be made. */
export type Change<T> = (current: T) => T | SaveResult;

export interface CommitOptions {
  /**
   * Keep the change on screen when it could not be written (answers being typed: the notice says it is
   * not saved, and the next write that succeeds saves it). Otherwise memory goes back to what is saved.
   */
  keepUnsaved?: boolean;
}

/** Makes a change, writes it, and says what became of it. Memory never shows what was refused. */
export type Commit<T> = (change: Change<T>, options?: CommitOptions) => SaveResult;

/** What the rest of the app may do with a saved store besides using it: read its key, read it again. */
export interface SavedStoreHandle {
  persist: { getOptions(): { name?: string }; rehydrate(): Promise<void> | void };
}

const isResult = (x: object): x is SaveResult =>
  'kind' in x && typeof (x as { kind: unknown }).kind === 'string';

/**
 * THE way a store of saved data is made (issue 23 §2): persisted through its format, following other
 * tabs, and with actions that each return what became of their write. `actions` receives `commit`,
 * the one way to change the data, and `current`, the data as saved now.
 */
export function savedStore<T extends object, A extends object>(
  format: SavedFormat<T>,
  actions: (commit: Commit<T>, current: () => T) => A,
): UseBoundStore<StoreApi<T & A>> & SavedStoreHandle {
  const channel = newChannel();
  const fields = Object.keys(format.empty()) as (keyof T)[];
  const pick = (s: T): T => {
    const out = {} as T;
    for (const f of fields) out[f] = s[f];
    return out;
  };
  let commit: Commit<T> = () => ({ kind: 'blocked' });
  const store = create<T & A>()(
    persist(
      (set, get) => {
        const current = () => pick(get());
        commit = (change, options = {}) => {
          for (let attempt = 0; ; attempt++) {
            const before = current();
            const next = change(before);
            if (isResult(next)) return next;
            set(next as Partial<T & A>);
            const result = channel.result;
            // Another tab saved first: take in what it saved, and make this change again on top.
            if (result.kind === 'changed-elsewhere' && attempt === 0) {
              void store.persist.rehydrate();
              continue;
            }
            if (result.kind === 'changed-elsewhere') reportSave(format.key, result);
            if (result.kind !== 'saved' && !options.keepUnsaved) {
              channel.silent = true;
              set(before as Partial<T & A>);
              channel.silent = false;
            }
            return result;
          }
        };
        return { ...format.empty(), ...actions((c, o) => commit(c, o), current) };
      },
      persistOptions<T & A, T>(format, pick, channel),
    ),
  );
  followOtherTabs(store, format.key, () => commit((s) => s, { keepUnsaved: true }));
  return store;
}

/**
 * The store follows changes made in other tabs (answers from both survive, a delete stays deleted, an
 * old tab never overwrites a newer version's data), and is saved again when a held key is released.
 */
function followOtherTabs(
  store: { persist: { rehydrate(): Promise<void> | void } },
  key: string,
  saveAgain: () => void,
) {
  onRelease(key, saveAgain);
  if (typeof window === 'undefined') return;
  window.addEventListener('storage', (event) => {
    // key null: another tab cleared all storage for this site.
    if (event.storageArea === localStorage && (event.key === key || event.key === null))
      void store.persist.rehydrate();
  });
}
