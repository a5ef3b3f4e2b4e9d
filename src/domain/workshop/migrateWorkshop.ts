import { migrateBySteps, type MigrationStep } from '../saved/migrate';
import { isPlainObject, type SavedCheck } from '../assessment/checkAssessment';
import { describeValue } from '../assessment/describeValue';
import { capitalise } from '../display';
import type { Checklist, Scale } from '../content/types';
import { checkWorkshop } from './checkWorkshop';
import type { Workshop } from './workshop';

/**
 * The format of the workshops saved in this browser (key "kai.workshops"). Any change to its shape must
 * raise this number and add a step below, with a fixture of the old shape (docs/formats.md).
 */
export const SAVED_WORKSHOPS_VERSION = 2;

// steps[n] upgrades format n to n + 1. Version 1 is the first.
const steps: Record<number, MigrationStep> = {
  // 1 → 2 (issue 10): a workshop may be compared with an earlier one; those saved before were not.
  1: (state) =>
    isPlainObject(state) && Array.isArray(state.workshops)
      ? {
          ...state,
          workshops: state.workshops.map((w) => (isPlainObject(w) ? { ...w, earlier: null } : w)),
        }
      : state,
};

/** Upgrades saved workshops from an older format, step by step. Never throws: the result is checked after. */
export const migrateSavedWorkshops = migrateBySteps(steps, SAVED_WORKSHOPS_VERSION);

/**
 * THE check of saved workshops, run on load after migration and before every write. A workshop that
 * fails is left out and named, so one bad workshop never takes the others with it.
 */
export function checkSavedWorkshops(
  state: unknown,
  checklist: Checklist,
  scale: Scale,
): SavedCheck<{ workshops: Workshop[] }> {
  const list = isPlainObject(state) ? state.workshops : undefined;
  if (!Array.isArray(list)) return { ok: false, message: 'the saved workshops are not a list.' };
  const workshops: Workshop[] = [];
  const leftOut: string[] = [];
  const ids = new Set<string>();
  for (const [i, item] of list.entries()) {
    const checked = checkWorkshop(item, checklist, scale);
    const title = isPlainObject(item) ? item.title : undefined;
    const which = `workshop ${i + 1}${typeof title === 'string' ? ` (“${describeValue(title)}”)` : ''}`;
    if (!checked.ok) leftOut.push(`${capitalise(which)} was left out: ${checked.message}`);
    else if (ids.has(checked.value.id))
      leftOut.push(`${capitalise(which)} was left out: another workshop has the same id.`);
    else {
      ids.add(checked.value.id);
      workshops.push(checked.value);
    }
  }
  return { ok: true, value: { workshops }, leftOut };
}
