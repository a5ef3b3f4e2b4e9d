import { isPlainObject, type CheckResult } from '../assessment/checkAssessment';
import type { Checklist, Scale } from '../content/types';
import { checkWorkshop } from './checkWorkshop';
import type { Workshop } from './workshop';

/**
 * The format of the workshops saved in this browser (key "kai.workshops"). Any change to its shape must
 * raise this number and add a step below, with a fixture of the old shape (docs/formats.md).
 */
export const SAVED_WORKSHOPS_VERSION = 1;

type Step = (state: unknown) => unknown;

// steps[n] upgrades format n to n + 1. Version 1 is the first.
const steps: Record<number, Step> = {};

/** Upgrades saved workshops from an older format, step by step. Never throws: the result is checked after. */
export function migrateSavedWorkshops(state: unknown, fromVersion: number): unknown {
  let current = state;
  for (let v = fromVersion; v < SAVED_WORKSHOPS_VERSION; v++) {
    const step = steps[v];
    if (!step) return undefined;
    current = step(current);
  }
  return current;
}

/** Checks saved workshops after migration. One bad workshop rejects the lot, so it is set aside whole. */
export function checkSavedWorkshops(
  state: unknown,
  checklist: Checklist,
  scale: Scale,
): CheckResult<Workshop[]> {
  const list = isPlainObject(state) ? state.workshops : undefined;
  if (!Array.isArray(list)) return { ok: false, message: 'the saved workshops are not a list.' };
  const workshops: Workshop[] = [];
  const ids = new Set<string>();
  for (const [i, item] of list.entries()) {
    const checked = checkWorkshop(item, checklist, scale);
    if (!checked.ok) return { ok: false, message: `workshop ${i + 1}: ${checked.message}` };
    if (ids.has(checked.value.id)) return { ok: false, message: 'two workshops have the same id.' };
    ids.add(checked.value.id);
    workshops.push(checked.value);
  }
  return { ok: true, value: workshops };
}
