import { newId } from '../assessment/assessment';
import { migrateBySteps, type MigrationStep } from '../saved/migrate';
import { isPlainObject, type SavedCheck } from '../assessment/checkAssessment';
import { describeValue } from '../assessment/describeValue';
import { capitalise } from '../display';
import type { Checklist, Scale } from '../content/types';
import { clearPlanDates, labelOf, mendList } from '../plan/clearDates';
import { checkSavedList } from '../saved/listCheck';
import { checkWorkshop } from './checkWorkshop';
import type { Workshop } from './workshop';

/**
 * The format of the workshops saved in this browser (key "kai.workshops"). Any change to its shape must
 * raise this number and add a step below, with a fixture of the old shape (docs/formats.md).
 */
export const SAVED_WORKSHOPS_VERSION = 4;

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
  // 2 → 3 (issue 26): an anonymous workshop keeps no id that exists outside it. Responses that came
  // by file or code carried the member's own assessment id; each gets an id made here instead.
  2: (state) =>
    isPlainObject(state) && Array.isArray(state.workshops)
      ? { ...state, workshops: state.workshops.map(insideIdsOfSaved) }
      : state,
  // 3 → 4 (issue 26.12): plan dates run from 1900 to 2100; one outside is cleared, and said.
  3: (state, notes) =>
    mendList(
      state,
      'workshops',
      (w, n) => {
        if (!isPlainObject(w)) return w;
        const name = labelOf(w, 'title', `workshop ${n}`);
        const plan = clearPlanDates(w.plan, `the group plan of ${name}`, notes);
        const { earlier } = w;
        return {
          ...w,
          plan,
          earlier: isPlainObject(earlier)
            ? {
                ...earlier,
                plan: clearPlanDates(earlier.plan, `the earlier plan of ${name}`, notes),
              }
            : earlier,
        };
      },
      notes,
    ),
};

function insideIdsOfSaved(w: unknown): unknown {
  if (!isPlainObject(w) || w.anonymous !== true || !Array.isArray(w.participants)) return w;
  return {
    ...w,
    participants: w.participants.map((p) =>
      isPlainObject(p) && isPlainObject(p.response)
        ? { ...p, response: { ...p.response, responseId: newId() } }
        : p,
    ),
  };
}

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
  const checked = checkSavedList<Workshop>(state, {
    field: 'workshops',
    notAList: 'the saved workshops are not a list.',
    name: (item, i) => {
      const title = isPlainObject(item) ? item.title : undefined;
      return capitalise(
        `workshop ${i + 1}${typeof title === 'string' ? ` (“${describeValue(title)}”)` : ''}`,
      );
    },
    check: (item, kept) => {
      const workshop = checkWorkshop(item, checklist, scale);
      return workshop.ok && kept.some((w) => w.id === workshop.value.id)
        ? { ok: false, message: 'another workshop has the same id.' }
        : workshop;
    },
  });
  return checked.ok ? { ...checked, value: { workshops: checked.value } } : checked;
}
