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
