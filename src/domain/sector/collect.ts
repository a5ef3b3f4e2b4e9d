import type { CheckResult } from '../assessment/checkAssessment';
import type { Checklist, Scale } from '../content/types';
import { decodeGroupCode } from '../group/groupCode';
import { readGroupResultsFile } from '../group/groupResultsFile';
import { isDateTime } from '../plan/date';
import type { SectorSource } from './sectorFigures';

/**
 * One group's results as the officer brings them in: a code, or an address with one at its end, made
 * `now` as far as anyone can tell (a code carries no date); or a group results file, made when it was
 * exported. Each problem is the group-results reader's own message.
 */
export function sourceFromCode(
  text: string,
  checklist: Checklist,
  scale: Scale,
  now: Date,
): CheckResult<SectorSource> {
  const read = decodeGroupCode(text, checklist, scale);
  return read.ok ? { ok: true, value: { figures: read.value, madeAt: now.toISOString() } } : read;
}

export function sourceFromFile(
  text: string,
  checklist: Checklist,
  scale: Scale,
  now: Date,
): CheckResult<SectorSource> {
  const read = readGroupResultsFile(text, checklist, scale);
  if (!read.ok) return read;
  // The file was read above, so it is JSON; its export time is the group's date where it is one.
  const exportedAt: unknown = (JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>)
    .exportedAt;
  const madeAt = isDateTime(exportedAt) ? exportedAt : now.toISOString();
  return { ok: true, value: { figures: read.value, madeAt } };
}
