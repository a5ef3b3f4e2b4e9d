import type { Checklist, Scale } from '../content/types';
import type { GroupFigures } from '../group/figures';
import { groupScoreList } from './groupScores';
import { distributionOf, type Distribution } from './quantiles';

/**
 * The sector's figures: what a sector file carries and the picture is drawn from. Pooled counts and
 * the spread of the groups' scores, never a group's own row, so no one can rebuild a league table.
 */
export interface SectorFigures {
  checklistId: string;
  checklistVersion: string;
  groups: number;
  participants: number;
  /** The earliest and latest date the groups' results were made (YYYY-MM-DD). */
  from: string;
  to: string;
  actions: SectorActionFigures[];
  sections: SectorSectionFigures[];
  /** The groups' overall scores. */
  overall: Distribution;
}

export interface SectorActionFigures {
  actionId: string;
  /** counts[v]: how many participants in all the groups chose scale value v. */
  counts: number[];
  notSure: number;
  /** The groups' scores for this action. */
  groups: Distribution;
}

export interface SectorSectionFigures {
  sectionId: string;
  groups: Distribution;
}

/** One group's results as the sector takes them: its figures and the day they were made. */
export interface SectorSource {
  figures: GroupFigures;
  /** ISO date-time. */
  madeAt: string;
}

/** The fewest groups from which the picture is shown: with two, each could subtract its own. */
export const MIN_GROUPS_FOR_PICTURE = 3;

export function sectorFigures(
  sources: readonly SectorSource[],
  checklist: Checklist,
  scale: Scale,
): SectorFigures {
  const scores = sources.map((s) => groupScoreList(s.figures, checklist));
  const known = (values: (number | null | undefined)[]) =>
    values.filter((v): v is number => typeof v === 'number');
  const actionIds = checklist.sections.flatMap((s) => s.actions.map((a) => a.id));
  const days = sources.map((s) => s.madeAt.slice(0, 10)).sort();
  return {
    checklistId: checklist.id,
    checklistVersion: checklist.version,
    groups: sources.length,
    participants: sources.reduce((sum, s) => sum + s.figures.participants, 0),
    from: days[0] ?? '',
    to: days.at(-1) ?? '',
    actions: actionIds.map((actionId, i) => {
      const counts = new Array<number>(scale.options.length).fill(0);
      let notSure = 0;
      for (const s of sources) {
        const a = s.figures.actions[i]!;
        for (let v = 0; v < counts.length; v++) counts[v]! += a.counts[v]!;
        notSure += a.notSure;
      }
      return {
        actionId,
        counts,
        notSure,
        groups: distributionOf(known(scores.map((g) => g.actions[i]))),
      };
    }),
    sections: checklist.sections.map((section, i) => ({
      sectionId: section.id,
      groups: distributionOf(known(scores.map((g) => g.sections[i]))),
    })),
    overall: distributionOf(known(scores.map((g) => g.overall))),
  };
}
