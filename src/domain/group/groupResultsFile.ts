import { isPlainObject, type CheckResult } from '../assessment/checkAssessment';
import type { Checklist, Scale } from '../content/types';
import { FILE_KINDS, readEnvelope } from '../response/jsonFile';
import { slug } from '../response/slug';
import { checkGroupFigures, type GroupFigures } from './figures';

/** Raise with a migration step in readGroupResultsFile when the shape changes (docs/formats.md). */
export const GROUP_RESULTS_FILE_VERSION = 1;

/** The group figures as a file, for members who cannot scan: the same figures as the code, no more. */
export function groupResultsFile(figures: GroupFigures, now: Date) {
  return {
    kind: FILE_KINDS.groupResults,
    formatVersion: GROUP_RESULTS_FILE_VERSION,
    exportedAt: now.toISOString(),
    ...figures,
  };
}

export const groupResultsFileName = (workshopTitle: string) =>
  `key-actions-group-results-${slug(workshopTitle) || 'workshop'}.json`;

/** Reads an opened group results file; each problem gets one message completing "… could not be opened: ". */
export function readGroupResultsFile(
  text: string,
  checklist: Checklist,
  scale: Scale,
): CheckResult<GroupFigures> {
  const envelope = readEnvelope(text, 'groupResults', GROUP_RESULTS_FILE_VERSION);
  if (!envelope.ok) return envelope;
  const file = envelope.value;
  const actions = file.actions;
  if (!Array.isArray(actions) || !actions.every(isPlainObject)) {
    return { ok: false, message: 'it has no figures for the actions.' };
  }
  return checkGroupFigures(
    {
      checklistId: file.checklistId,
      checklistVersion: file.checklistVersion,
      participants: file.participants,
      actions: actions.map((a) => ({
        actionId: a.actionId,
        counts: a.counts,
        notSure: a.notSure,
      })),
    },
    checklist,
    scale,
  );
}
