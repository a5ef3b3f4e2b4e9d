import type { Checklist, Scale } from '../content/types';
import type { Answers } from '../scoring/answers';
import { gapOf, scaleMax, sectionScoreFrom } from '../scoring/score';
import { isSplit, outliersOf, splitDegree } from './split';
import { mean } from '../scoring/stats';

export interface Participant {
  id: string;
  answers: Answers;
}

export interface GroupActionResult {
  actionId: string;
  sectionId: string;
  order: number;
  /** Participants who gave a scale value. */
  n: number;
  notSure: number;
  unanswered: number;
  /** Statistics of the scale values (0–4); null when nobody gave one. */
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** counts[v] = how many participants chose scale value v. */
  counts: number[];
  spread: number | null;
  /** The group is split on this action (split.ts): a disagreement to discuss. */
  disagreement: boolean;
  /** How split: the average distance in points between two members, within a point counting 0. */
  split: number;
  /** Members two or more points from the median when the group is not split ("sees it differently"). */
  outliers: number;
  /** The mean as a 0–100 score, and its gap. */
  score: number | null;
  gap: number | null;
}

export interface GroupSpread {
  /** Mean of the participants' own scores. */
  score: number | null;
  gap: number | null;
  min: number | null;
  max: number | null;
  /** Participants who have a score here. */
  n: number;
}

export interface GroupSectionResult extends GroupSpread {
  sectionId: string;
}

export interface GroupResult {
  participants: number;
  actions: GroupActionResult[];
  sections: GroupSectionResult[];
  overall: GroupSpread;
  /** Every split action, most split first (then widest spread, then leaflet order). */
  disagreements: GroupActionResult[];
}

/** The median of whole-number values given as counts per value. */
function medianFromCounts(counts: readonly number[], n: number): number | null {
  if (n === 0) return null;
  const valueAt = (rank: number) => {
    let seen = 0;
    for (let v = 0; v < counts.length; v++) {
      seen += counts[v]!;
      if (seen > rank) return v;
    }
    return counts.length - 1;
  };
  return n % 2 === 1 ? valueAt((n - 1) / 2) : (valueAt(n / 2 - 1) + valueAt(n / 2)) / 2;
}

function spreadOf(values: number[]): GroupSpread {
  const score = mean(values);
  return {
    score,
    gap: gapOf(score),
    min: values.length ? values.reduce((a, b) => Math.min(a, b)) : null,
    max: values.length ? values.reduce((a, b) => Math.max(a, b)) : null,
    n: values.length,
  };
}

/** Aggregates any number of participants' answers; the order of participants never matters. */
export function aggregateGroup(
  checklist: Checklist,
  scale: Scale,
  participants: readonly Participant[],
): GroupResult {
  const top = scaleMax(scale);
  // Per-person section and overall scores, computed as scoreAssessment does but without building its
  // per-action records: this runs for every participant on every render of the group results.
  const sectionScores: number[][] = checklist.sections.map(() => []);
  const overallScores: number[] = [];
  for (const p of participants) {
    const own: number[] = [];
    checklist.sections.forEach((section, i) => {
      let sum = 0;
      let answered = 0;
      for (const action of section.actions) {
        const v = p.answers[action.id];
        if (typeof v === 'number') {
          sum += v;
          answered++;
        }
      }
      const score = sectionScoreFrom(sum, answered, top);
      if (score !== null) {
        own.push(score);
        sectionScores[i]!.push(score);
      }
    });
    const overall = mean(own);
    if (overall !== null) overallScores.push(overall);
  }

  const actions: GroupActionResult[] = [];
  let order = 0;
  for (const section of checklist.sections) {
    for (const action of section.actions) {
      // Scale values are whole numbers: their sum is exact in any order, and the median and range come
      // straight from the counts, so no sorting is needed.
      const counts = new Array<number>(top + 1).fill(0);
      let n = 0;
      let sum = 0;
      let notSure = 0;
      for (const p of participants) {
        const v = p.answers[action.id];
        if (typeof v === 'number') {
          counts[v]!++;
          sum += v;
          n++;
        } else if (v === 'not-sure') notSure++;
      }
      const m = n === 0 ? null : sum / n;
      const min = n === 0 ? null : counts.findIndex((c) => c > 0);
      const max = n === 0 ? null : top - [...counts].reverse().findIndex((c) => c > 0);
      const spread = min === null || max === null ? null : max - min;
      const score = m === null ? null : (m / top) * 100;
      const median = medianFromCounts(counts, n);
      actions.push({
        actionId: action.id,
        sectionId: section.id,
        order: order++,
        n,
        notSure,
        unanswered: participants.length - n - notSure,
        mean: m,
        median,
        min,
        max,
        counts,
        spread,
        disagreement: isSplit(counts),
        split: splitDegree(counts),
        outliers: outliersOf(counts, median),
        score,
        gap: gapOf(score),
      });
    }
  }

  const sections = checklist.sections.map((section, i) => ({
    sectionId: section.id,
    ...spreadOf(sectionScores[i]!),
  }));
  const overall = spreadOf(overallScores);

  return {
    participants: participants.length,
    actions,
    sections,
    overall,
    disagreements: actions
      .filter((a) => a.disagreement)
      .sort((a, b) => b.split - a.split || b.spread! - a.spread! || a.order - b.order),
  };
}
