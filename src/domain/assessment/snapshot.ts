import type { Checklist, Scale } from '../content/types';
import { clearAssessmentDates, labelOf, mendList } from '../plan/clearDates';
import { migrateBySteps, type MigrationStep } from '../saved/migrate';
import { isDateTime } from '../plan/date';
import type { Assessment } from './assessment';
import {
  checkAssessment,
  isId,
  isPlainObject,
  type CheckResult,
  type SavedCheck,
} from './checkAssessment';
import { checkSavedList } from '../saved/listCheck';
import { describeValue } from './describeValue';

/** A dated copy of an assessment, kept to compare against later ("monitor progress closely"). */
export interface Snapshot {
  id: string;
  savedAt: string;
  /** Why it was kept, in the user's words or the app's ("Before importing a file"). */
  label: string;
  assessment: Assessment;
}

/** The format of the snapshots saved in this browser (key "kai.snapshots"). */
export const SAVED_SNAPSHOTS_VERSION = 2;

export const SNAPSHOT_LABEL_MAX_LENGTH = 200;

// steps[n] upgrades format n to n + 1. Version 1 is the first.
const steps: Record<number, MigrationStep> = {
  // 1 → 2 (issue 26.12): plan dates run from 1900 to 2100; one outside is cleared, and said.
  1: (state, notes) => {
    const where = (s: unknown, n: number) => `the plan in ${labelOf(s, 'label', `snapshot ${n}`)}`;
    return mendList(
      state,
      'snapshots',
      (s, n) => clearAssessmentDates(s, where(s, n), notes),
      notes,
    );
  },
};

/** Upgrades saved snapshots from an older format, step by step. The result is checked after. */
export const migrateSavedSnapshots = migrateBySteps(steps, SAVED_SNAPSHOTS_VERSION);

/**
 * THE check of saved snapshots, run on load and before every write. A damaged snapshot is left out and
 * named; the others are kept.
 */
export function checkSavedSnapshots(
  state: unknown,
  checklist: Checklist,
  scale: Scale,
): SavedCheck<{ snapshots: Snapshot[] }> {
  const checked = checkSavedList<Snapshot>(state, {
    field: 'snapshots',
    notAList: 'the saved snapshots are not a list.',
    name: (_, i) => `Snapshot ${i + 1}`,
    check: (raw) => checkSnapshot(raw, checklist, scale),
  });
  return checked.ok ? { ...checked, value: { snapshots: checked.value } } : checked;
}

function checkSnapshot(raw: unknown, checklist: Checklist, scale: Scale): CheckResult<Snapshot> {
  const fail = (message: string) => ({ ok: false, message }) as const;
  if (!isPlainObject(raw)) return fail('it is not in the expected form.');
  const checked = checkAssessment(raw.assessment, checklist, scale);
  if (!checked.ok) return checked;
  if (!isId(raw.id)) return fail('its id is missing or not in the expected form.');
  if (!isDateTime(raw.savedAt))
    return fail(`the date it was kept (${describeValue(raw.savedAt)}) is not a date.`);
  if (typeof raw.label !== 'string' || raw.label.length > SNAPSHOT_LABEL_MAX_LENGTH)
    return fail('its label is not text, or is too long.');
  return {
    ok: true,
    value: { id: raw.id, savedAt: raw.savedAt, label: raw.label, assessment: checked.value },
  };
}
