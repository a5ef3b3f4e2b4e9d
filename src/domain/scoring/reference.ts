import type { Scale } from '../content/types';
import { formatScore } from '../display';
import { actionScore, scaleMax } from './score';

export interface ReferenceLine {
  score: number;
  /** What the line is, in the scale's own words: never a research figure. */
  name: string;
}

/**
 * The line drawn on the section radar: one point below the top of the scale ("To a large extent") on
 * every action. It is the scale's own point, named as such; the sources give no number for "a fully
 * comprehensive, strategic approach", so the app never draws or names one.
 */
export function largeExtentLine(scale: Scale): ReferenceLine {
  const max = scaleMax(scale);
  const option = scale.options.find((o) => o.value === max - 1)!;
  const score = actionScore(max - 1, max)!;
  return { score, name: `'${option.label}' on every action (${formatScore(score)})` };
}
