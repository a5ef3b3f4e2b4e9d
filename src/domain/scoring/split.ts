/**
 * When a group is split on an action (product.md, Scoring). A spread of two points alone is not enough:
 * with eight people nearly every action has someone two points away. A split needs two camps, each at
 * least a quarter of those who answered, two or more scale points apart. So a member on their own is
 * never a split in a group of five or more, while 0/2/4 among three, or half on 1 and half on 3, is.
 */

/** The rule in one plain sentence, as shown on screen beside the split actions. */
export const SPLIT_RULE =
  'The group is split on an action when at least a quarter of those who answered it are two or more points on the scale below at least another quarter.';

/** Points apart on the scale from which two answers are on different sides of a split. */
const APART = 2;

/** The fewest members each side of a split needs: a quarter of those who answered, and at least one. */
export function campSize(answered: number): number {
  return Math.max(1, Math.ceil(answered / 4));
}

const total = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);

/** counts[v] = how many members gave scale value v. */
export function isSplit(counts: readonly number[]): boolean {
  const n = total(counts);
  if (n < 2) return false;
  const need = campSize(n);
  let below = 0;
  for (let t = 0; t + APART < counts.length; t++) {
    below += counts[t]!;
    const above = total(counts.slice(t + APART));
    if (below >= need && above >= need) return true;
  }
  return false;
}

/**
 * How split a group is: the share of pairs of members whose answers are two or more points apart,
 * 0 (all within a point) to 1 (every pair apart). Half on 0 and half on 4 scores as high as half on
 * 1 and half on 3; the spread breaks that tie where actions are ranked.
 */
export function splitShare(counts: readonly number[]): number {
  const n = total(counts);
  if (n < 2) return 0;
  let apart = 0;
  for (let a = 0; a < counts.length; a++) {
    for (let b = a + APART; b < counts.length; b++) apart += counts[a]! * counts[b]!;
  }
  return apart / ((n * (n - 1)) / 2);
}

/**
 * Members who see an action differently from the rest without the group being split: those two or
 * more points from the group's median. Zero when the group is split (that is a disagreement instead).
 */
export function outliersOf(counts: readonly number[], median: number | null): number {
  if (median === null || isSplit(counts)) return 0;
  return counts.reduce((sum, c, v) => (Math.abs(v - median) >= APART ? sum + c : sum), 0);
}

export interface SplitSides {
  /** Members at or below `atMost`, and at or above `atLeast` (at least two points higher). */
  low: { count: number; atMost: number };
  high: { count: number; atLeast: number };
}

/** The two sides of a split, the most even division first; null when the group is not split. */
export function splitSides(counts: readonly number[]): SplitSides | null {
  if (!isSplit(counts)) return null;
  let best: SplitSides | null = null;
  for (let t = 0; t + APART < counts.length; t++) {
    const low = total(counts.slice(0, t + 1));
    const high = total(counts.slice(t + APART));
    const even = Math.min(low, high);
    if (!best || even > Math.min(best.low.count, best.high.count)) {
      // The sides are named by the answers members actually gave nearest the middle.
      const atMost = counts.slice(0, t + 1).findLastIndex((c) => c > 0);
      const atLeast = t + APART + counts.slice(t + APART).findIndex((c) => c > 0);
      best = { low: { count: low, atMost }, high: { count: high, atLeast } };
    }
  }
  return best;
}
