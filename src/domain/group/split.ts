/**
 * When a group is split on an action (product.md, Scoring). A spread of two points alone is not enough:
 * with eight people nearly every action has someone two points away. A split needs two camps two or
 * more scale points apart, each at least a quarter of those who answered, and together at least three
 * quarters of them. So a member on their own is never a split in a group of five or more; nor is the
 * usual spread of a cabinet, most in the middle and a couple either side; while 0/2/4 among three, or
 * half on 1 and half on 3, is.
 */

/** The rule in one plain sentence, as shown on screen beside the split actions. */
export const SPLIT_RULE =
  'The group is split on an action when three in four of those who answered fall into two camps two or more points apart on the scale, with at least a quarter in each camp.';

/** Points apart on the scale from which two answers are on different sides of a split. */
const APART = 2;

/** The fewest members each side of a split needs: a quarter of those who answered, and at least one. */
export function campSize(answered: number): number {
  return Math.max(1, Math.ceil(answered / 4));
}

const total = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);

/** The camps either side of a gap after scale value t: at or below t, and at or above t + 2. */
function campsAt(counts: readonly number[], t: number) {
  return { below: total(counts.slice(0, t + 1)), above: total(counts.slice(t + APART)) };
}

/** The thresholds t at which the answers divide into two camps as the rule asks. */
function splitPoints(counts: readonly number[]): number[] {
  const n = total(counts);
  if (n < 2) return [];
  const need = campSize(n);
  const together = Math.ceil((3 * n) / 4);
  const points: number[] = [];
  for (let t = 0; t + APART < counts.length; t++) {
    const { below, above } = campsAt(counts, t);
    if (below >= need && above >= need && below + above >= together) points.push(t);
  }
  return points;
}

/** counts[v] = how many members gave scale value v. */
export function isSplit(counts: readonly number[]): boolean {
  return splitPoints(counts).length > 0;
}

/**
 * How split a group is: the average distance, in scale points, between two members, where members
 * within a point of each other count as agreeing (0). Half on 0 and half on 4 is more split than
 * half on 1 and half on 3, and both more than a camp of two against six.
 */
export function splitDegree(counts: readonly number[]): number {
  const n = total(counts);
  if (n < 2) return 0;
  let apart = 0;
  for (let a = 0; a < counts.length; a++) {
    for (let b = a + APART; b < counts.length; b++) apart += counts[a]! * counts[b]! * (b - a);
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
  let best: SplitSides | null = null;
  for (const t of splitPoints(counts)) {
    const { below, above } = campsAt(counts, t);
    if (!best || Math.min(below, above) > Math.min(best.low.count, best.high.count)) {
      // The sides are named by the answers members actually gave nearest the middle.
      const atMost = counts.slice(0, t + 1).findLastIndex((c) => c > 0);
      const atLeast = t + APART + counts.slice(t + APART).findIndex((c) => c > 0);
      best = { low: { count: below, atMost }, high: { count: above, atLeast } };
    }
  }
  return best;
}
