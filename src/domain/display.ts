import type { Scale } from './content/types';
import { answerLabel } from './answerLabel';

// How scores, answers and dates are written on screen, in print and in exports: in one place, so
// every page says them the same way.

/** Scores are shown as whole numbers (0–100); "–" where there is no score. */
export function formatScore(score: number | null): string {
  return score === null ? '–' : String(Math.round(score));
}

/** "agree the priority areas…" → "Agree the priority areas…": leaflet list items shown as headings. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * An item of a source's list without the list's own punctuation ("…; and", "…;", "…."), for a label:
 * "Earmark resources to achieve these ambitions;" → "Earmark resources to achieve these ambitions".
 */
export const listItemText = (s: string) => s.replace(/(;\s*and|;|\.)\s*$/, '');

/**
 * What a 0–100 score stands for, in the scale's own words: the answer nearest the average.
 * 59 → "To some extent" (59 of 100 is 2.4 on the 0–4 scale); null when there is no score.
 */
export function nearestAnswer(
  scale: { options: readonly { value: number; label: string }[] },
  score: number | null,
): string | null {
  if (score === null) return null;
  const top = Math.max(...scale.options.map((o) => o.value));
  const nearest = Math.round((score / 100) * top);
  return scale.options.find((o) => o.value === nearest)?.label ?? null;
}

/** 59 → 'on average “To some extent”'. */
export function scoreInWords(
  scale: { options: readonly { value: number; label: string }[] },
  score: number | null,
): string | null {
  const label = nearestAnswer(scale, score);
  return label === null ? null : `on average “${label}”`;
}

/**
 * What the 0–100 scores stand for, in the answers' own words: "0 is “Not at all”, 25 “To a small
 * extent”, … 100 “Fully – it is how we work”" (an answer scores its value / top × 100).
 */
export function scoreKey(scale: { options: readonly { value: number; label: string }[] }): string {
  const options = [...scale.options].sort((a, b) => a.value - b.value);
  const top = options.at(-1)!.value;
  return options
    .map((o, i) => `${Math.round((o.value / top) * 100)}${i === 0 ? ' is' : ''} “${o.label}”`)
    .join(', ');
}

/** A mean answer on the 0–4 scale, to one decimal place: "2.4"; "–" when nobody answered. */
export function formatMean(mean: number | null): string {
  return mean === null ? '–' : (Math.round(mean * 10) / 10).toFixed(1);
}

/** "from “Not at all” to “Fully – it is how we work”", or the one answer everyone gave. */
export function answerRange(scale: Scale, min: number | null, max: number | null): string {
  if (min === null || max === null) return 'no answers on the scale';
  if (min === max) return `everyone answered “${answerLabel(scale, min)}”`;
  return `answers from “${answerLabel(scale, min)}” to “${answerLabel(scale, max)}”`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// As en-GB writes them ("Sept", not "Sep").
const SHORT_MONTHS = MONTHS.map((m) => (m === 'September' ? 'Sept' : m.slice(0, 3)));

/**
 * "3 March 2026" ("3 Mar 2026" when `short`), as en-GB writes it, in the user's time zone or in UTC.
 * Written here rather than by Intl: a phone takes a tenth of a second to make its first date
 * formatter, on the history page's first screen.
 */
export function dayMonthYear(date: Date, { short = false, utc = false } = {}): string {
  const day = utc ? date.getUTCDate() : date.getDate();
  const month = utc ? date.getUTCMonth() : date.getMonth();
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  return `${day} ${(short ? SHORT_MONTHS : MONTHS)[month]} ${year}`;
}

/** "3 March 2026" in the user's time zone: rounds are told apart by day. */
export const roundDate = (iso: string) => dayMonthYear(new Date(iso));

/** "3 Mar 2026": for a chart's axis, where space is short. */
export const shortRoundDate = (iso: string) => dayMonthYear(new Date(iso), { short: true });

/** One formatter per set of options, made when first asked for, not on every call. */
const formatters = new Map<string, Intl.DateTimeFormat>();
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat('en-GB', options)));
  return found;
}

/** "31 March 2027" for a stored date. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(y!, m! - 1, d!);
  return dayMonthYear(date, { utc: true });
}

/** "25 November 2026, 14:05" in the user's time zone. */
export function formatDateTime(iso: string): string {
  return dateFormat({
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
