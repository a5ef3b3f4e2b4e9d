import type { Checklist } from '../content/types';
import type { GroupFigures } from '../group/figures';
import { mean } from '../scoring/stats';

/**
 * One group's scores worked out from its counts alone: a code or file holds no one's row of answers,
 * so an action's score is the mean of the answers counted for it, a section's the mean of its action
 * scores, and the overall score the mean of the section scores (sections weigh the same, as on the
 * leaflet). Null where nobody in the group gave a scale value.
 */
export interface GroupScores {
  actions: Map<string, number | null>;
  sections: Map<string, number | null>;
  overall: number | null;
}

/** The mean of the answers counted (counts[v] people chose v), as a 0–100 score. */
export function scoreFromCounts(counts: readonly number[]): number | null {
  const max = counts.length - 1;
  let n = 0;
  let sum = 0;
  counts.forEach((c, v) => {
    n += c;
    sum += c * v;
  });
  return n === 0 ? null : (sum / (n * max)) * 100;
}

export function groupScores(figures: GroupFigures, checklist: Checklist): GroupScores {
  const actions = new Map(figures.actions.map((a) => [a.actionId, scoreFromCounts(a.counts)]));
  const sections = new Map(
    checklist.sections.map((s) => [
      s.id,
      mean(s.actions.flatMap((a) => scoreOrNone(actions.get(a.id)))),
    ]),
  );
  const overall = mean([...sections.values()].flatMap(scoreOrNone));
  return { actions, sections, overall };
}

const scoreOrNone = (score: number | null | undefined): number[] =>
  score === null || score === undefined ? [] : [score];
