import { formatDate, formatScore } from '../../domain/display';
import type { Distribution } from '../../domain/sector/quantiles';

/** "42 (lowest 20, highest 75)": the median group and the range, as the tables and cards say them. */
export const medianAndRange = (d: Distribution) =>
  d.median === null
    ? 'no group has a score'
    : `${formatScore(d.median)} (lowest ${formatScore(d.min)}, highest ${formatScore(d.max)})`;

/** "1 March 2027 to 10 June 2027", from two YYYY-MM-DD days. */
export const fromTo = (from: string, to: string) =>
  from === to ? formatDate(from) : `${formatDate(from)} to ${formatDate(to)}`;
