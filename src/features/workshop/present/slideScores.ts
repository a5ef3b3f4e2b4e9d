import { formatScore } from '../../../domain/display';

/** An answer (or a mean answer) on the 0–100 scale every slide uses (issue 25: one scale in the deck). */
export const asScore = (v: number | null, top: number) => (v === null ? null : (v / top) * 100);
export const scoreLabel = (score: number | null) =>
  score === null ? 'no score' : formatScore(score);
export const rangeWords = (min: number | null, max: number | null) =>
  min === null || max === null ? 'no scores' : `from ${formatScore(min)} to ${formatScore(max)}`;
