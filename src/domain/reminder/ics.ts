/**
 * A calendar file (RFC 5545) with one all-day event: the reminder to reassess. Written by hand: the
 * format needs a dozen lines, and a library would add weight for escaping and folding done below.
 */
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

export function reminderCalendar(reminder: Reminder): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reminder.date)) throw new Error('A reminder needs a date.');
  const description = reminder.url
    ? `${reminder.description}\n${reminder.url}`
    : reminder.description;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Key Actions for Innovation//Reassessment reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${reminder.uid}`,
    `DTSTAMP:${stamp(reminder.now)}`,
    `DTSTART;VALUE=DATE:${compactDate(reminder.date)}`,
    `DTEND;VALUE=DATE:${compactDate(nextDay(reminder.date))}`,
    `SUMMARY:${escapeText(reminder.summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(reminder.url ? [`URL:${reminder.url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
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
