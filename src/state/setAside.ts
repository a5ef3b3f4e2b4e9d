import { newId } from '../domain/assessment/assessment';
import { COPY_SUFFIX, useSavedDataProblems } from './savedDataProblems';

function storedCopies(key: string): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k?.startsWith(key + COPY_SUFFIX)) keys.push(k);
    }
  } catch {
    // Storage unavailable: there are no copies to find.
  }
  return keys;
}

/** A copy already kept of exactly this text (the same incident seen again, after a reload). */
function existingCopy(key: string, raw: string): string | null {
  for (const k of storedCopies(key)) {
    try {
      if (localStorage.getItem(k) === raw) return k;
    } catch {
      return null;
    }
  }
  return null;
}

/** A key no earlier copy uses, so one incident never overwrites another's copy. */
function freshCopyKey(key: string): string {
  const taken = new Set(storedCopies(key));
  const stamp = new Date().toISOString();
  let candidate = `${key}${COPY_SUFFIX}:${stamp}`;
  for (let n = 2; taken.has(candidate); n++) candidate = `${key}${COPY_SUFFIX}:${stamp}-${n}`;
  return candidate;
}

/**
 * Sets saved text aside: it is reported, kept in memory for download, copied under a key of its own, and
 * the original is left as it was (the key is held) until the user downloads it or discards it. Data from
 * a newer version is not copied: it is held for good, so this version never changes it.
 */
export function setAside(
  key: string,
  raw: string,
  message: string,
  kind: { newer?: boolean; partial?: boolean } = {},
) {
  const newer = kind.newer === true;
  const problems = useSavedDataProblems.getState();
  // The same text already open in this visit (another tab's change arriving twice, say): nothing new.
  if (problems.incidents.some((i) => i.key === key && i.raw === raw)) return;
  let copyKey: string | null = null;
  if (!newer) {
    copyKey = existingCopy(key, raw);
    if (copyKey === null) {
      const candidate = freshCopyKey(key);
      try {
        localStorage.setItem(candidate, raw);
        copyKey = candidate;
      } catch {
        // Storage is full: the notice says no copy could be kept, and the original stays held.
      }
    }
  }
  problems.report({
    id: newId(),
    key,
    message,
    raw,
    copyKey,
    newer,
    partial: kind.partial === true,
    downloaded: false,
  });
}

const writeAgain = new Map<string, () => void>();

/** Each persisted store registers how to save its current state again, once its key is released. */
export function onRelease(key: string, save: () => void) {
  writeAgain.set(key, save);
}

const saveAgain = (key: string) => writeAgain.get(key)?.();

/** The user downloaded the saved text: the original may be replaced by what the app holds now. */
export function downloaded(id: string) {
  const incident = useSavedDataProblems.getState().incidents.find((i) => i.id === id);
  if (!incident) return;
  useSavedDataProblems.getState().markDownloaded(id);
  if (!incident.newer) saveAgain(incident.key);
}

/** The user chose to discard it: its copy goes, and what the app holds now is saved in its place. */
export function discard(id: string) {
  const incident = useSavedDataProblems.getState().incidents.find((i) => i.id === id);
  if (!incident || incident.newer) return;
  if (incident.copyKey) {
    try {
      localStorage.removeItem(incident.copyKey);
    } catch {
      // Storage unavailable: nothing was kept there to remove.
    }
  }
  useSavedDataProblems.getState().drop(id);
  saveAgain(incident.key);
}
