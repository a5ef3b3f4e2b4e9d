import type { Checklist, Scale } from '../content/types';
import { answerLabel } from '../answerLabel';
import { participantLabel, respondents, type Workshop } from './workshop';
import { slug } from '../response/slug';

/** Excel reads a UTF-8 file correctly only when it starts with a byte-order mark. */
export const CSV_BOM = '\uFEFF';

export const CSV_HEADER = [
  'Workshop',
  'Participant',
  'Section',
  'Action id',
  'Action',
  'Value',
  'Answer',
  'Note',
] as const;

/**
 * One field, RFC 4180: quoted when it holds a comma, a quote or a line break, with quotes doubled.
 * Text that a spreadsheet would run as a formula (starting = + - @, tab or carriage return) gets a
 * leading apostrophe, because notes and names come from files anyone could have written (OWASP "CSV
 * injection"). Numbers are written as they are.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvRow = (fields: readonly (string | number)[]) => fields.map(csvField).join(',');

/**
 * Every response: one row per participant and action, in participant then leaflet order, with CRLF line
 * ends and a byte-order mark. Participants are labelled exactly as on screen, so an anonymous workshop's
 * CSV has no names in it.
 */
export function responsesCsv(workshop: Workshop, checklist: Checklist, scale: Scale): string {
  const lines = [csvRow(CSV_HEADER)];
  for (const p of respondents(workshop)) {
    const label = participantLabel(workshop, p);
    for (const section of checklist.sections) {
      for (const action of section.actions) {
        const answer = p.response.answers[action.id];
        lines.push(
          csvRow([
            workshop.title,
            label,
            section.title,
            action.id,
            action.text,
            typeof answer === 'number' ? answer : '',
            answerLabel(scale, answer),
            p.response.notes[action.id] ?? '',
          ]),
        );
      }
    }
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

export function csvFileName(workshop: Workshop): string {
  const s = slug(workshop.title);
  return `key-actions-responses-${s || 'workshop'}.csv`;
}
