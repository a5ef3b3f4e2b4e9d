import type { SectorView } from './sectorView';
import { quarterOf, type Distribution, type Quarter } from './quantiles';

/** One set of scores (a leader's, or one group's) beside the sector's groups. */
export interface StandingRow {
  id: string;
  score: number | null;
  groups: Distribution;
  quarter: Quarter | null;
}

export interface SectorStanding {
  groups: number;
  overall: StandingRow;
  sections: StandingRow[];
  actions: StandingRow[];
}

/** Scores by action and section id, and overall: what is set beside the sector. */
export interface ScoresToCompare {
  actions: ReadonlyMap<string, number | null>;
  sections: ReadonlyMap<string, number | null>;
  overall: number | null;
}

export function standAgainst(scores: ScoresToCompare, sector: SectorView): SectorStanding {
  const row = (
    id: string,
    score: number | null | undefined,
    groups: Distribution,
  ): StandingRow => ({
    id,
    score: score ?? null,
    groups,
    quarter: quarterOf(score ?? null, groups),
  });
  return {
    groups: sector.figures.groups,
    overall: row('overall', scores.overall, sector.overall.groups),
    sections: sector.sections.map((s) =>
      row(s.sectionId, scores.sections.get(s.sectionId), s.groups),
    ),
    actions: sector.actions.map((a) => row(a.actionId, scores.actions.get(a.actionId), a.groups)),
  };
}

/** Where a score stands, in words: "in the lower quarter of the 24 groups". */
export function quarterInWords(quarter: Quarter | null, groups: number): string {
  switch (quarter) {
    case 'lower':
      return `in the lower quarter of the ${groups} groups`;
    case 'upper':
      return `in the upper quarter of the ${groups} groups`;
    case 'middle':
      return `in the middle half of the ${groups} groups`;
    default:
      return 'no score to compare';
  }
}

const SHORT: Record<Quarter, string> = {
  lower: 'in the lower quarter',
  middle: 'in the middle half',
  upper: 'in the upper quarter',
};

/**
 * How a set of scores stands, counted by the same rule as each one: "4 in the lower quarter of the 4
 * groups and 2 in the middle half"; "all 5 in the lower quarter of the 4 groups".
 */
export function quartersInWords(rows: readonly StandingRow[], groups: number): string {
  const order: (Quarter | null)[] = ['lower', 'middle', 'upper', null];
  const counted = order
    .map((q) => ({ q, n: rows.filter((r) => r.quarter === q).length }))
    .filter((c) => c.n > 0);
  const parts = counted.map(({ q, n }, i) => {
    const count = counted.length === 1 && n > 1 ? `all ${n}` : String(n);
    if (q === null) return `${count} with no score to compare`;
    return `${count} ${i === 0 ? quarterInWords(q, groups) : SHORT[q]}`;
  });
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
    : (parts[0] ?? '');
}
