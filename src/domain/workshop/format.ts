import type { Scale } from '../content/types';
import { answerLabel } from '../scoring/labels';

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
