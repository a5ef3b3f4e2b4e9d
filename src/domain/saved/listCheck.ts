import { isPlainObject, type CheckResult, type SavedCheck } from '../assessment/checkAssessment';

interface SavedList<T> {
  /** The state's field that holds the list ("snapshots"). */
  field: string;
  /** Why there is nothing to read when the field is not a list (or a longer one than `max`). */
  notAList: string;
  max?: number;
  /** An item as the message names it: "Snapshot 2", "Workshop 1 (“Cabinet away day”)". */
  name(raw: unknown, index: number): string;
  /** One item's check; `kept` are the items before it that passed (for a repeated id). */
  check(raw: unknown, kept: readonly T[]): CheckResult<T>;
}

/**
 * A saved list checked item by item, as every saved list is: an item that fails is left out and
 * named ("Snapshot 2 was left out: …"), and the others are kept, so one damaged item never takes
 * the rest with it.
 */
export function checkSavedList<T>(state: unknown, list: SavedList<T>): SavedCheck<T[]> {
  const items = isPlainObject(state) ? state[list.field] : undefined;
  if (!Array.isArray(items) || (list.max !== undefined && items.length > list.max))
    return { ok: false, message: list.notAList };
  const kept: T[] = [];
  const leftOut: string[] = [];
  for (const [i, raw] of items.entries()) {
    const checked = list.check(raw, kept);
    if (checked.ok) kept.push(checked.value);
    else leftOut.push(`${list.name(raw, i)} was left out: ${checked.message}`);
  }
  return { ok: true, value: kept, leftOut };
}
