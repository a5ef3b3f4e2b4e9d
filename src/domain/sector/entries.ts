import {
  isId,
  isPlainObject,
  type CheckResult,
  type SavedCheck,
} from '../assessment/checkAssessment';
import { describeValue } from '../assessment/describeValue';
import type { Checklist, Scale } from '../content/types';
import { checkGroupFigures, type GroupFigures } from '../group/figures';
import { checkSavedList } from '../saved/listCheck';
import { isDateTime } from '../plan/date';
import type { SectorSource } from './sectorFigures';

/** One council's group results as the officer added them, under the officer's own label. */
export interface SectorEntry {
  id: string;
  /** The officer's words, for instance "Anytown cabinet, March 2027"; by default "Group 3". */
  label: string;
  /** When the results were made (a file's export time), or added when a code says nothing of it. */
  madeAt: string;
  figures: GroupFigures;
}

/** The format of the sector entries saved in this browser (key "kai.sector"). */
export const SAVED_SECTOR_VERSION = 1;
export const SECTOR_LABEL_MAX_LENGTH = 100;
/** Every council in England and Wales, with room to spare; a bound keeps a hostile file cheap. */
export const SECTOR_MAX_ENTRIES = 500;

/** Version 1 is the first; there is nothing older to upgrade. */
export function migrateSavedSector(state: unknown, fromVersion: number): unknown {
  return fromVersion === SAVED_SECTOR_VERSION ? state : undefined;
}

const sameFigures = (a: GroupFigures, b: GroupFigures) =>
  a.participants === b.participants &&
  a.actions.every(
    (x, i) =>
      x.notSure === b.actions[i]!.notSure &&
      x.counts.every((c, v) => c === b.actions[i]!.counts[v]),
  );

/** "Group N" with the lowest N that no entry is labelled with yet. */
export function defaultLabel(entries: readonly SectorEntry[]): string {
  const used = new Set(entries.map((e) => e.label));
  let n = entries.length + 1;
  while (used.has(`Group ${n}`)) n++;
  return `Group ${n}`;
}

/**
 * Adds one group's results. The same figures twice would count one council twice: refused, naming the
 * entry that has them. Nothing is changed on a refusal.
 */
export function addEntry(
  entries: readonly SectorEntry[],
  { figures, madeAt }: SectorSource,
  id: string,
): CheckResult<SectorEntry[]> {
  const twin = entries.find((e) => sameFigures(e.figures, figures));
  if (twin) {
    return {
      ok: false,
      message: `these results are already in the picture, as “${twin.label}”. Nothing was added.`,
    };
  }
  if (entries.length >= SECTOR_MAX_ENTRIES) {
    return { ok: false, message: `the picture holds at most ${SECTOR_MAX_ENTRIES} groups.` };
  }
  const entry = { id, label: defaultLabel(entries), madeAt, figures };
  return { ok: true, value: [...entries, entry] };
}

/** A label as the officer typed it, trimmed; an empty one is refused so no entry is left nameless. */
export function checkLabel(text: string): CheckResult<string> {
  const label = text.trim();
  if (label === '')
    return { ok: false, message: 'Enter a label, for instance the council and the date.' };
  if (label.length > SECTOR_LABEL_MAX_LENGTH) {
    return { ok: false, message: `A label can be at most ${SECTOR_LABEL_MAX_LENGTH} characters.` };
  }
  return { ok: true, value: label };
}

/**
 * THE check of the saved sector entries, run on load and before every write. A damaged entry, or one
 * whose group is now too small to be shared, is left out and named; the others are kept.
 */
export function checkSavedSector(
  state: unknown,
  checklist: Checklist,
  scale: Scale,
): SavedCheck<{ entries: SectorEntry[] }> {
  const checked = checkSavedList<SectorEntry>(state, {
    field: 'entries',
    notAList: 'the saved sector picture is not a list of groups.',
    max: SECTOR_MAX_ENTRIES,
    name: (_, i) => `Group ${i + 1}`,
    check: (raw) => checkEntry(raw, checklist, scale),
  });
  return checked.ok ? { ...checked, value: { entries: checked.value } } : checked;
}

function checkEntry(raw: unknown, checklist: Checklist, scale: Scale): CheckResult<SectorEntry> {
  const fail = (message: string) => ({ ok: false, message }) as const;
  if (!isPlainObject(raw) || !isPlainObject(raw.figures) || !Array.isArray(raw.figures.actions))
    return fail('it is not in the expected form.');
  const f = raw.figures;
  const checked = checkGroupFigures(
    {
      checklistId: f.checklistId,
      checklistVersion: f.checklistVersion,
      participants: f.participants,
      actions: (f.actions as unknown[]).map((a) =>
        isPlainObject(a)
          ? { actionId: a.actionId, counts: a.counts, notSure: a.notSure }
          : { actionId: undefined, counts: undefined, notSure: undefined },
      ),
    },
    checklist,
    scale,
  );
  const label = typeof raw.label === 'string' ? checkLabel(raw.label) : undefined;
  if (!checked.ok) return checked;
  if (!isId(raw.id)) return fail('its id is missing or not in the expected form.');
  if (!isDateTime(raw.madeAt))
    return fail(`its date (${describeValue(raw.madeAt)}) is not a date.`);
  if (!label?.ok) return fail('its label is not text, or is too long.');
  return {
    ok: true,
    value: { id: raw.id, label: label.value, madeAt: raw.madeAt, figures: checked.value },
  };
}
