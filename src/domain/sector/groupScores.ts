import type { Checklist } from '../content/types';
import type { GroupFigures } from '../group/figures';

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

/** The same scores by position: actions and sections in leaflet order. */
export interface GroupScoreList {
  actions: (number | null)[];
  sections: (number | null)[];
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

/** The mean of the scores there are, added in a fixed (leaflet) order so the result never varies. */
function meanOfKnown(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v !== null) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? null : sum / n;
}

/**
 * Plain arrays, no maps: the sector picture works this out for every council (400 in the benchmark,
 * issue 24's budget 5 ms for all of them).
 */
export function groupScoreList(figures: GroupFigures, checklist: Checklist): GroupScoreList {
  const actions = figures.actions.map((a) => scoreFromCounts(a.counts));
  let at = 0;
  const sections = checklist.sections.map((s) => {
    const own = actions.slice(at, at + s.actions.length);
    at += s.actions.length;
    return meanOfKnown(own);
  });
  return { actions, sections, overall: meanOfKnown(sections) };
}

export function groupScores(figures: GroupFigures, checklist: Checklist): GroupScores {
  const list = groupScoreList(figures, checklist);
  return {
    actions: new Map(figures.actions.map((a, i) => [a.actionId, list.actions[i]!])),
    sections: new Map(checklist.sections.map((s, i) => [s.id, list.sections[i]!])),
    overall: list.overall,
  };
}
