import { dayMonthYear, formatDate, formatMean, formatScore } from '../../../domain/display';
import { MOVEMENT_LABELS, type ActionChange } from '../../../domain/history/changes';
import { earlierDate, type EarlierWorkshop } from '../../../domain/workshop/earlier';
import type { AnswerValue } from '../../../domain/scoring/answers';

/** "Up 0.3", "Down 1.0", "No change", or why there is no figure: a group average moves in tenths. */
export function describeMeanChange(c: Pick<ActionChange, 'movement' | 'points'>): string {
  if (c.points === null) return MOVEMENT_LABELS[c.movement];
  if (c.points === 0) return 'No change';
  return c.points > 0 ? `Up ${c.points.toFixed(1)}` : `Down ${(-c.points).toFixed(1)}`;
}

/** "2.0 → 3.0 (up 1.0)": a group average then and now, as the results show it. */
export const meanThenNow = (c: Pick<ActionChange, 'before' | 'after' | 'movement' | 'points'>) =>
  `${mean(c.before)} → ${mean(c.after)} (${describeMeanChange(c).toLowerCase()})`;

/**
 * "50 → 75 (up 25)": a group's mean answer then and now as 0–100 group scores, the one scale of the
 * slides (issue 25). The change is the difference of the two whole numbers shown beside it.
 */
export function scoreThenNow(
  thenMean: number | null,
  nowMean: number | null,
  movement: ActionChange['movement'],
  top: number,
): string {
  const score = (v: number | null) => (v === null ? null : Math.round((v / top) * 100));
  const [before, after] = [score(thenMean), score(nowMean)];
  const change =
    before === null || after === null
      ? MOVEMENT_LABELS[movement]
      : after === before
        ? 'No change'
        : after > before
          ? `Up ${after - before}`
          : `Down ${before - after}`;
  return `${formatScore(before)} → ${formatScore(after)} (${change.toLowerCase()})`;
}

/** A group average as shown: "2.4", "–" when no one answered on the scale. */
export const mean = (v: AnswerValue | null) => formatMean(typeof v === 'number' ? v : null);

/** “Cabinet away day”, 2 November 2026: how the earlier workshop is named everywhere. */
export const earlierName = (earlier: EarlierWorkshop) =>
  `“${earlier.title}”, ${formatDate(earlierDate(earlier))}`;

/** "2 Nov 2026", for a column heading where space is short. */
export const shortDate = (iso: string) =>
  dayMonthYear(new Date(`${iso}T00:00:00Z`), { short: true, utc: true });
