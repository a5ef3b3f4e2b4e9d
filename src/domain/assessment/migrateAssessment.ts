import { migrateBySteps, type MigrationStep } from '../saved/migrate';
import type { Checklist, Scale } from '../content/types';
import type { Assessment } from './assessment';
import { clearAssessmentDates } from '../plan/clearDates';
import { checkAssessment, isPlainObject, type SavedCheck } from './checkAssessment';

/**
 * The format of the saved assessment in this browser. Any change to its shape must raise this number
 * and add a step below, with a fixture of the old shape in test/fixtures/saved (see docs/formats.md).
 */
export const SAVED_ASSESSMENT_VERSION = 2;

// steps[n] upgrades format n to n + 1. Format 0 never existed in the wild: version 1 is the first.
const steps: Record<number, MigrationStep> = {
  // 1 → 2 (issue 26.12): plan dates run from 1900 to 2100; one outside is cleared, and said.
  1: (state, notes) => clearAssessmentDates(state, 'your plan', notes),
};

/** Upgrades saved state from an older format, step by step. Never throws: the result is checked after. */
export const migrateSavedAssessment = migrateBySteps(steps, SAVED_ASSESSMENT_VERSION);

/** THE check of the saved assessment, run on load after migration and before every write. */
export function checkSavedAssessment(
  state: unknown,
  checklist: Checklist,
  scale: Scale,
): SavedCheck<{ assessment: Assessment }> {
  const checked = checkAssessment(
    isPlainObject(state) ? state.assessment : undefined,
    checklist,
    scale,
  );
  return checked.ok ? { ok: true, value: { assessment: checked.value } } : checked;
}
