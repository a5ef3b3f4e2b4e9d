import { isPlainObject, type CheckResult } from '../assessment/checkAssessment';
import type { Checklist, Scale } from '../content/types';
import { clearAssessmentDates, labelOf, mendList } from '../plan/clearDates';
import { migrateBySteps, type MigrationStep } from '../saved/migrate';
import { checkHistory } from './check';
import type { HistoryEntry } from './round';

/**
 * The rounds (and imported snapshots) kept in this browser under `kai.history`. Any change of shape
 * raises this number and adds a step to migrateSavedHistory, with a fixture of the old shape.
 */
export const SAVED_HISTORY_VERSION = 2;
export const HISTORY_KEY = 'kai.history';

export interface SavedHistory {
  entries: HistoryEntry[];
}

// steps[n] upgrades format n to n + 1. Version 1 is the first.
const steps: Record<number, MigrationStep> = {
  // 1 → 2 (issue 26.12): plan dates run from 1900 to 2100; one outside is cleared, and said.
  1: (state, notes) => {
    const where = (e: unknown, n: number) =>
      `the plan of ${labelOf(e, 'label', `earlier round ${n}`)}`;
    return mendList(state, 'entries', (e, n) => clearAssessmentDates(e, where(e, n), notes), notes);
  },
};

/** Upgrades the saved history from an older format, step by step. The result is checked after. */
export const migrateSavedHistory = migrateBySteps(steps, SAVED_HISTORY_VERSION);

/** THE check of the saved history: run on load after migration, and on every write before saving. */
export function checkSavedHistory(
  state: unknown,
  checklist: Checklist,
  scale: Scale,
): CheckResult<SavedHistory> {
  const checked = checkHistory(isPlainObject(state) ? state.entries : undefined, checklist, scale);
  return checked.ok ? { ok: true, value: { entries: checked.value } } : checked;
}
