import { announceDeleteAll } from './otherTabs';

/** Every key this app writes starts with this; "Delete all my data" removes them all. */
export const STORAGE_PREFIX = 'kai.';

export function appStorageKeys(): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
  }
  return keys;
}

/**
 * Removes everything the app stored in this browser, then reloads so that no store in memory writes
 * any of it back. Every other open tab is told first, and from then on writes nothing it held before
 * (issue 26 item 1).
 */
export function deleteAllData(thenShow: string) {
  announceDeleteAll();
  for (const key of appStorageKeys()) localStorage.removeItem(key);
  // The plan's half-typed dates live in this tab's sessionStorage.
  for (const key of Object.keys(sessionStorage))
    if (key.startsWith(STORAGE_PREFIX)) sessionStorage.removeItem(key);
  window.location.hash = thenShow;
  window.location.reload();
}
