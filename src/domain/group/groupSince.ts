import type { Checklist } from '../content/types';
import { summariseCounts } from './ownVsGroup';
import { changesBetween, movedActions, type ActionChange } from '../history/changes';
import { reviewedCommitments, type ReviewedCommitment } from '../history/planReview';
import { changeOf, type Change } from '../scoring/compare';
import type { GroupResult } from './aggregate';
import type { EarlierWorkshop } from '../workshop/earlier';

/** The actions the summary and the slide name: the few that moved most. */
export const TOP_GROUP_MOVES = 3;

export interface GroupSince {
  participants: { before: number; after: number };
  overall: Change;
  /** In checklist order. */
  sections: Change[];
  /**
   * Every action, largest move first. `before` and `after` are the group's mean answers as shown (one
   * decimal place), so a change is the difference of the two figures beside it.
   */
  actions: ActionChange[];
  /** The actions that moved, largest first, at most TOP_GROUP_MOVES. */
  topMoves: ActionChange[];
  /** The earlier group plan, what the group says became of it, and how each mean answer moved. */
  commitments: ReviewedCommitment[];
}

/** A mean answer as the group results show it: to one decimal place (formatMean). */
const shownMean = (mean: number | null) => (mean === null ? null : Math.round(mean * 10) / 10);

/**
 * The group's change since an earlier workshop, from group figures only: the section and overall
 * scores and each action's mean answer. The same movement, ranking and plan review as a leader's own
 * rounds (history/changes.ts, history/planReview.ts), so a group and a person read alike.
 */
export function groupSince(
  checklist: Checklist,
  earlier: EarlierWorkshop,
  now: GroupResult,
): GroupSince {
  const then = new Map(
    earlier.figures.actions.map((a) => [a.actionId, shownMean(summariseCounts(a.counts).mean)]),
  );
  const current = new Map(now.actions.map((a) => [a.actionId, shownMean(a.mean)]));
  const actions = changesBetween(
    checklist,
    (id) => then.get(id) ?? null,
    (id) => current.get(id) ?? null,
  );
  const asAnswers = (m: Map<string, number | null>) =>
    Object.fromEntries([...m].flatMap(([id, v]) => (v === null ? [] : [[id, v]])));
  return {
    participants: { before: earlier.figures.participants, after: now.participants },
    overall: changeOf('overall', earlier.overall, now.overall.score),
    sections: checklist.sections.map((s, i) =>
      changeOf(s.id, earlier.sections[i] ?? null, now.sections[i]?.score ?? null),
    ),
    actions,
    topMoves: movedActions(actions).slice(0, TOP_GROUP_MOVES),
    commitments: reviewedCommitments(
      earlier.plan,
      earlier.review,
      asAnswers(then),
      asAnswers(current),
    ),
  };
}
