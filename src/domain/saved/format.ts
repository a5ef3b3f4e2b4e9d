import { describeError } from '../assessment/describeValue';

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

/**
 * What one load found: the data to use (what was left out of it, and what a migration step mended in
 * it), or why none can be used.
 */
export type LoadResult<T> =
  | { kind: 'loaded'; value: T; leftOut: string[]; notes: string[] }
  | { kind: 'refused'; reason: string }
  | { kind: 'newer-version'; reason: string };

/** Parses, version-checks, migrates and checks saved text. Never throws: any throw is refused too. */
export function loadSaved<T>(format: SavedFormat<T>, raw: string): LoadResult<T> {
  const refused = (reason: string) => ({ kind: 'refused', reason }) as const;
  try {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return refused('the saved text is damaged (it is not complete JSON).');
    }
    if (typeof parsed !== 'object' || parsed === null || !('state' in parsed))
      return refused('the saved text is not in the form this app saves.');
    const version = (parsed as { version?: unknown }).version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
      return refused('the saved text has no format version.');
    if (version > format.version) {
      return {
        kind: 'newer-version',
        reason: `it was saved by a newer version of this app (format ${version}; this one reads up to ${format.version}).`,
      };
    }
    const state = (parsed as { state: unknown }).state;
    const notes: string[] = [];
    const migrated = version === format.version ? state : format.migrate(state, version, notes);
    if (migrated === undefined)
      return refused(`it is in format ${version}, which this version of the app cannot read.`);
    const checked = format.check(migrated);
    if (!checked.ok) return refused(checked.message);
    return { kind: 'loaded', value: checked.value, leftOut: checked.leftOut ?? [], notes };
  } catch (error) {
    return refused(`it could not be read (${describeError(error)}).`);
  }
}
