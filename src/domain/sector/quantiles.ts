/**
 * Where a value sits among a set of group scores. Quartiles are interpolated between the two nearest
 * values (as a spreadsheet's PERCENTILE.INC does), so the median of an even number of groups is the mean
 * of the two middle ones, as the issue that asked for the sector picture (24) says.
 */
export interface Distribution {
  /** How many groups have a score here. */
  n: number;
  min: number | null;
  /** The 25th percentile. */
  q1: number | null;
  median: number | null;
  /** The 75th percentile. */
  q3: number | null;
  max: number | null;
}

export function quantile(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * p;
  const below = Math.floor(at);
  const above = Math.ceil(at);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
}

export function distributionOf(values: readonly number[]): Distribution {
  // A typed array sorts numbers natively, without a comparator: 400 councils' scores, 25 times over.
  const sorted = Float64Array.from(values).sort();
  return {
    n: sorted.length,
    min: sorted[0] ?? null,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1] ?? null,
  };
}

export type Quarter = 'lower' | 'middle' | 'upper';

/**
 * Below the 25th percentile is the lower quarter, above the 75th the upper quarter, anything else the
 * middle half. Null when either side has no score.
 */
export function quarterOf(value: number | null, d: Distribution): Quarter | null {
  if (value === null || d.q1 === null || d.q3 === null) return null;
  if (value < d.q1) return 'lower';
  if (value > d.q3) return 'upper';
  return 'middle';
}
