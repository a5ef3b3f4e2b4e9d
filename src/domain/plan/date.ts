import { formatDate } from '../display';

/** A date as typed into three boxes (GOV.UK pattern), so an impossible date can be told apart. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DateCheck = { ok: true; iso: string | null } | { ok: false; message: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar date written YYYY-MM-DD: "2027-13-45" is not one, nor is "0026-01-01" read as 1926. */
export function isRealDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const [y, m, d] = v.split('-').map(Number);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(y!, m! - 1, d!);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/** A saved date-time (ISO 8601, as toISOString writes it) that reads back as a real moment. */
export const isDateTime = (v: unknown): v is string =>
  typeof v === 'string' &&
  v.length <= 40 &&
  /^\d{4}-\d{2}-\d{2}T/.test(v) &&
  !Number.isNaN(Date.parse(v));

/**
 * The years a plan or reminder date may have: "0026" is a slip of the keyboard, not the year 26, and a
 * calendar file dated 31 12 9999 is refused by calendars (issue 26.12).
 */
export const DATE_YEARS = { first: 1900, last: 2100 } as const;

/**
 * THE check of a plan or reminder date: a real date from 1900 to 2100. The forms, the calendar writer
 * and every load of saved data or a file use this one check.
 */
export function isPlanDate(v: unknown): v is string {
  if (!isRealDate(v)) return false;
  const year = Number(v.slice(0, 4));
  return year >= DATE_YEARS.first && year <= DATE_YEARS.last;
}

/** Today's date in the user's time zone, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Checks a "by when" date: empty is allowed (the field is optional); otherwise it must be a real date,
 * today or later. `label` names the field in the message, e.g. "The date".
 */
export function checkFutureDate(parts: DateParts, today: string, label = 'The date'): DateCheck {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { ok: true, iso: null };
  const missing = [!day && 'a day', !month && 'a month', !year && 'a year'].filter(Boolean);
  if (missing.length > 0)
    return { ok: false, message: `${label} must include ${missing.join(' and ')}` };
  if (![day, month, year].every((p) => /^\d+$/.test(p))) {
    return { ok: false, message: `${label} must be a real date, written in numbers` };
  }
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (year.length !== 4)
    return { ok: false, message: `${label} must include a 4-digit year, for example 2027` };
  const iso = `${year}-${pad(m)}-${pad(d)}`;
  if (m < 1 || m > 12 || d < 1 || !isRealDate(iso)) {
    return { ok: false, message: `${label} must be a real date` };
  }
  if (!isPlanDate(iso)) {
    const message =
      y < DATE_YEARS.first
        ? `${label} must be in ${DATE_YEARS.first} or later`
        : `${label} must be in ${DATE_YEARS.last} or earlier`;
    return { ok: false, message };
  }
  if (iso < today) return { ok: false, message: `${label} must be today or in the future` };
  return { ok: true, iso };
}

/**
 * The "today" that lets any real date through checkFutureDate: for a plan's "by when" a date gone by
 * is questioned (pastDateQuestion), never refused, since a plan is reviewed months later.
 */
export const ANY_DATE = '0000-01-01';

/**
 * A real date before today, as a question (issue 25): "31 March 2026 has passed. Is that right?".
 * Null for no date, a date not yet real, or today and later. It may still be saved.
 */
export function pastDateQuestion(parts: DateParts, today: string): string | null {
  const date = checkFutureDate(parts, ANY_DATE);
  return date.ok && date.iso !== null && date.iso < today
    ? `${formatDate(date.iso)} has passed. Is that right?`
    : null;
}

/** The three boxes for a stored YYYY-MM-DD date (or empty ones). */
export function dateParts(iso: string | null | undefined): DateParts {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match
    ? { year: match[1]!, month: String(Number(match[2])), day: String(Number(match[3])) }
    : { day: '', month: '', year: '' };
}
