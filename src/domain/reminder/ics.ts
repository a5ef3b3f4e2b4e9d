import { isPlanDate } from '../plan/date';

/**
 * A calendar file (RFC 5545): the all-day reminder to reassess and, if chosen, an all-day event for each
 * dated action of the plan, each with an alarm the day before. Written by hand: the `ics` package
 * (3.12) folds at 75 characters, not octets (a line of 60 "é" stays 132 octets long), writes the
 * trigger "a day before" as "-P1DT", which RFC 5545 does not allow, and brings yup and nanoid.
 */

/** One more all-day event in the file: an action of the plan, on its "by when" date. */
export interface CalendarEvent {
  /** Stable for the same action of the same plan, so a second download moves the event. */
  uid: string;
  /** YYYY-MM-DD. */
  date: string;
  summary: string;
  description: string;
}

export interface Reminder {
  /** YYYY-MM-DD: the day to reassess. */
  date: string;
  /** Stable for the same leader, so downloading again updates the event instead of adding a second. */
  uid: string;
  summary: string;
  description: string;
  /** The app's address, when it is hosted (not when opened from a file). */
  url: string | null;
  /** When the file was made. */
  now: Date;
  /** The plan's dated actions, when the user asks for them. */
  events?: readonly CalendarEvent[];
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Lines longer than 75 octets are folded: a CRLF and one space before each continuation (§3.1).
 * Folding counts UTF-8 octets and never splits a character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; each continuation 74, after its leading space.
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (iso: string) => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

const stamp = (now: Date) =>
  now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** An all-day event with an alarm at the start of the day before (a trigger of minus one day). */
function eventLines(event: CalendarEvent, now: Date, url: string | null): string[] {
  const description = url ? `${event.description}\n${url}` : event.description;
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
    `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(url ? [`URL:${url}`] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(event.summary)}`,
    'TRIGGER:-P1D',
    'END:VALARM',
    'END:VEVENT',
  ];
}

export function reminderCalendar(reminder: Reminder): string {
  const events = [reminder, ...(reminder.events ?? [])];
  // The one date check of plan and reminder dates (1900–2100): a calendar refuses 31 12 9999.
  if (!events.every((e) => isPlanDate(e.date)))
    throw new Error('A calendar date must be a real date from 1900 to 2100.');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Key Actions for Innovation//Reassessment reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((e) => eventLines(e, reminder.now, reminder.url)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Six months on from a date, on the same day of the month where there is one (31 Aug → 28/29 Feb). */
export function sixMonthsOn(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(y!, m! - 1 + 6, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d!, lastDay));
  return target.toISOString().slice(0, 10);
}
