/**
 * What became of one save, the same for every store (issue 23 §2): a page says "saved", "added" or
 * "kept" only after a write that returned `saved`. Everything else names why nothing was written.
 */
export type SaveResult =
  | { kind: 'saved' }
  /** The browser's storage for this site is full. */
  | { kind: 'full' }
  /** The browser keeps nothing for this site (private mode, settings, a locked-down profile). */
  | { kind: 'blocked' }
  /** What was saved before could not be used and is kept as it was until downloaded or discarded. */
  | { kind: 'held' }
  /** The change itself is not allowed, or could not be read again; `reason` says why. */
  | { kind: 'refused'; reason: string }
  /** A newer version of the app saved this data; this version never changes it. */
  | { kind: 'newer-version' }
  /** The user deleted all their data in another tab: nothing from before is written back. */
  | { kind: 'deleted-elsewhere' }
  /** What this change was based on was changed in another tab; the caller asks the user. */
  | { kind: 'changed-elsewhere' };

export type SaveKind = SaveResult['kind'];

export const SAVED: SaveResult = { kind: 'saved' };

export const isSaved = (result: SaveResult): boolean => result.kind === 'saved';

/** Why a change was not saved, as one sentence for the notice at the top of the page. */
export function whyNotSaved(result: SaveResult): string {
  switch (result.kind) {
    case 'saved':
      return '';
    case 'full':
      return "Your browser's storage for this site is full, so your latest change has not been saved. What was saved before is still there.";
    case 'blocked':
      return 'Your browser would not save your latest change. What was saved before is still there.';
    case 'held':
      return 'What was saved before could not be used and is kept as it was until you download it or discard it (see the message above).';
    case 'refused':
      return result.reason;
    case 'newer-version':
      return 'A newer version of this app saved your data in another tab or window; this page never writes over it. Reload the page to use the newer version.';
    case 'deleted-elsewhere':
      return 'Your data was deleted in another tab or window, so nothing from before has been saved again.';
    case 'changed-elsewhere':
      return 'What you changed was changed in another tab or window first, so your change has not been saved.';
  }
}
