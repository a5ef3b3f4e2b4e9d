import type { GroupFigures } from '../group/groupCounts';
import type { PlanReviewItem } from '../history/planReview';
import type { PlanItem } from '../plan/planItem';

/**
 * An earlier workshop of the same group, as a later workshop keeps it (issue 10). Only group figures
 * are kept: the counts per action that members may already carry away (group/figures.ts) and the
 * group's section and overall scores. No names, no notes and no one's row of answers, so linking an
 * anonymous workshop, or exporting the later one, gives away nothing about any one member.
 */
export interface EarlierWorkshop {
  /** The earlier workshop's own id: a workshop is never linked to itself. */
  id: string;
  title: string;
  /** The workshop's date (YYYY-MM-DD), or null when it had none. */
  date: string | null;
  /** When its answers or plan last changed: the date shown when it has no date of its own. */
  updatedAt: string;
  figures: GroupFigures;
  /** The group's section scores then, in checklist order (null: no one had a score there). */
  sections: (number | null)[];
  overall: number | null;
  /** The group action plan agreed then, to be reviewed now. */
  plan: PlanItem[];
  /** What the group says became of each commitment; null until reviewed. */
  review: PlanReviewItem[] | null;
}

/** The date a reader knows the earlier workshop by: its own date, or when it was last changed. */
export const earlierDate = (earlier: Pick<EarlierWorkshop, 'date' | 'updatedAt'>) =>
  earlier.date ?? earlier.updatedAt.slice(0, 10);
