import { isPlainObject, type CheckResult } from '../assessment/checkAssessment';
import type { Checklist, Scale } from '../content/types';
import { FILE_KINDS, readEnvelope } from '../response/jsonFile';
import type { Distribution } from './quantiles';
import { MIN_GROUPS_FOR_PICTURE, type SectorFigures } from './sectorFigures';

/** Raise with a migration step in readSectorFile when the shape changes (docs/formats.md). */
export const SECTOR_FILE_VERSION = 1;
export const SECTOR_FILE_NAME = 'key-actions-sector-picture.json';

/** The sector's figures as a file for councils: no labels and no group's own row. */
export function sectorFile(figures: SectorFigures, now: Date) {
  return {
    kind: FILE_KINDS.sector,
    formatVersion: SECTOR_FILE_VERSION,
    exportedAt: now.toISOString(),
    ...figures,
  };
}

const fail = (message: string): CheckResult<never> => ({ ok: false, message });
const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isScore = (n: unknown): n is number =>
  typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 100;
const isDay = (s: unknown): s is string =>
  typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));
const FIELDS = ['min', 'q1', 'median', 'q3', 'max'] as const;

/** A spread of group scores: every figure a score, in order, or all null when no group had one. */
function checkDistribution(value: unknown, groups: number): Distribution | null {
  if (!isPlainObject(value) || !isCount(value.n) || value.n > groups) return null;
  const figures = FIELDS.map((f) => value[f]);
  if (value.n === 0) {
    return figures.every((f) => f === null)
      ? { n: 0, min: null, q1: null, median: null, q3: null, max: null }
      : null;
  }
  if (!figures.every(isScore)) return null;
  if (figures.some((f, i) => i > 0 && f < figures[i - 1]!)) return null;
  const [min, q1, median, q3, max] = figures as number[];
  return { n: value.n, min: min!, q1: q1!, median: median!, q3: q3!, max: max! };
}

const DAMAGED = 'its figures are damaged: open the file the programme sent again.';

/** Reads an opened sector file; each problem gets one message completing "… could not be opened: ". */
export function readSectorFile(
  text: string,
  checklist: Checklist,
  scale: Scale,
): CheckResult<SectorFigures> {
  const envelope = readEnvelope(text, 'sector', SECTOR_FILE_VERSION);
  if (!envelope.ok) return envelope;
  const file = envelope.value;
  if (file.checklistId !== checklist.id) {
    return fail(`it is for a different checklist, not "${checklist.title}".`);
  }
  if (file.checklistVersion !== checklist.version) {
    return fail(
      `it is for another version of the checklist; this app uses version ${checklist.version}.`,
    );
  }
  const { groups, participants } = file;
  if (!isCount(groups) || groups < MIN_GROUPS_FOR_PICTURE || !isCount(participants)) {
    return fail(`it does not hold the figures of at least ${MIN_GROUPS_FOR_PICTURE} groups.`);
  }
  if (!isDay(file.from) || !isDay(file.to) || file.from > file.to) return fail(DAMAGED);
  const ids = checklist.sections.flatMap((s) => s.actions.map((a) => a.id));
  const actions = Array.isArray(file.actions) ? file.actions : [];
  const sections = Array.isArray(file.sections) ? file.sections : [];
  if (actions.length !== ids.length || sections.length !== checklist.sections.length) {
    return fail(`it does not have figures for each of the checklist's ${ids.length} actions.`);
  }
  const overall = checkDistribution(file.overall, groups);
  if (!overall) return fail(DAMAGED);
  const figures: SectorFigures = {
    checklistId: checklist.id,
    checklistVersion: checklist.version,
    groups,
    participants,
    from: file.from,
    to: file.to,
    actions: [],
    sections: [],
    overall,
  };
  for (const [i, actionId] of ids.entries()) {
    const a: unknown = actions[i];
    if (!isPlainObject(a) || a.actionId !== actionId) return fail(DAMAGED);
    const counts = a.counts;
    const spread = checkDistribution(a.groups, groups);
    if (
      !Array.isArray(counts) ||
      counts.length !== scale.options.length ||
      !counts.every(isCount) ||
      !isCount(a.notSure) ||
      counts.reduce((s: number, c: number) => s + c, 0) + a.notSure > participants ||
      !spread
    ) {
      return fail(DAMAGED);
    }
    figures.actions.push({ actionId, counts: [...counts], notSure: a.notSure, groups: spread });
  }
  for (const [i, section] of checklist.sections.entries()) {
    const s: unknown = sections[i];
    const spread =
      isPlainObject(s) && s.sectionId === section.id && checkDistribution(s.groups, groups);
    if (!spread) return fail(DAMAGED);
    figures.sections.push({ sectionId: section.id, groups: spread });
  }
  return { ok: true, value: figures };
}
