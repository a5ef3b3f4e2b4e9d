import type { SaveResult } from '../domain/saved/result';
import type { SavedStoreHandle } from './savedStore';

/** What storage held for a key, or null when it held nothing (or could not be read). */
function readRaw(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Makes several saves as one (issue 26 item 6): each step runs only if the one before it was saved,
 * and if any is not, every store's saved text is put back exactly as it was and the stores read it
 * again, so "nothing has changed" is true. Returns the first result that was not `saved`, or `saved`.
 */
export function allOrNothing(
  stores: readonly SavedStoreHandle[],
  steps: readonly (() => SaveResult)[],
): SaveResult {
  const keys = stores.map((s) => s.persist.getOptions().name ?? '');
  const before = keys.map(readRaw);
  for (const step of steps) {
    const result = step();
    if (result.kind === 'saved') continue;
    keys.forEach((key, i) => {
      const raw = before[i]!;
      if (readRaw(key) === raw) return;
      try {
        // Putting back the earlier text frees what the later one took, so it fits.
        if (raw === null) localStorage.removeItem(key);
        else localStorage.setItem(key, raw);
      } catch {
        // Storage refused even that: the store reads again below what is really there.
      }
    });
    for (const store of stores) void store.persist.rehydrate();
    return result;
  }
  return { kind: 'saved' };
}
