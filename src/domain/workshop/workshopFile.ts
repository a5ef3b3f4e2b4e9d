import { guardRead, type CheckResult } from '../assessment/checkAssessment';
import type { Checklist, Scale } from '../content/types';
import { FILE_KINDS, readEnvelope } from '../response/jsonFile';
import { checkWorkshop } from './checkWorkshop';
import type { Workshop } from './workshop';
import { slug } from '../response/slug';

/** Raise with a migration step in readWorkshopFile when the shape changes (docs/formats.md). */
// 2 (issue 10): the workshop may carry the earlier workshop it is compared with. A version 1 file has
// none, which the check reads as no link, so it needs no step of its own.
export const WORKSHOP_FILE_VERSION = 2;

export interface WorkshopFile {
  kind: typeof FILE_KINDS.workshop;
  formatVersion: number;
  exportedAt: string;
  workshop: Workshop;
}

/** The workshop as a file. An anonymous workshop's file carries no names: "hidden everywhere". */
export function workshopFile(workshop: Workshop, now: Date): WorkshopFile {
  return {
    kind: FILE_KINDS.workshop,
    formatVersion: WORKSHOP_FILE_VERSION,
    exportedAt: now.toISOString(),
    workshop: workshop.anonymous
      ? { ...workshop, participants: workshop.participants.map((p) => ({ ...p, name: '' })) }
      : workshop,
  };
}

export function workshopFileName(workshop: Workshop): string {
  const s = slug(workshop.title);
  return `key-actions-workshop-${s || 'untitled'}${workshop.date ? `-${workshop.date}` : ''}.json`;
}

export function readWorkshopFile(
  text: string,
  checklist: Checklist,
  scale: Scale,
): CheckResult<Workshop> {
  return guardRead(() => {
    const envelope = readEnvelope(text, 'workshop', WORKSHOP_FILE_VERSION);
    if (!envelope.ok) return envelope;
    return checkWorkshop(envelope.value.workshop, checklist, scale);
  });
}
