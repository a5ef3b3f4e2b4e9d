import type { Checklist, Scale } from '../content/types';
import { sinceLast, type SinceLast } from '../history/changes';
import { reviewedCommitments, type ReviewedCommitment } from '../history/planReview';
import type { HistoryEntry } from '../history/round';
import { unmovedPlanActions } from '../history/unmoved';
import { previousRound, roundToReview, wholeHistory, type LastRound } from '../history/whole';
import { lastPlan, type LastPlan } from './lastPlan';
import type { PersonalSaved } from './saved';

/**
 * Where this round stands against the last: what the "since" panels, last time's commitments and the
 * new plan show. Needs the checklist and scale only, so pages without the research read it too.
 */
export interface RoundReport {
  /** Kept rounds and snapshots, earliest first (domain/history/whole.ts). */
  entries: HistoryEntry[];
  /** The entry the answers now are compared with, and the answers now. */
  last: LastRound;
  /** "Since <date>": null when there is nothing to compare with. */
  since: SinceLast | null;
  /** The previous entry's plan, what became of each commitment and how its answer moved. */
  commitments: ReviewedCommitment[];
  /** Actions in the previous plan whose answer has not moved up since, in plan order. */
  unmoved: string[];
  /** The previous plan's unfinished commitments, proposed first in the new plan. */
  lastPlan: LastPlan;
  /** The kept round whose plan waits for review (rounds only, never a snapshot). */
  toReview: HistoryEntry | null;
}

/** Works out the round report from what is saved, once: each panel then only shows its part. */
export function roundReport(
  content: { checklist: Checklist; scale: Scale },
  saved: PersonalSaved,
): RoundReport {
  const { assessment, rounds, snapshots } = saved;
  const entries = wholeHistory(rounds, snapshots);
  const previous = previousRound(entries, assessment);
  const answers = assessment.answers;
  const then = previous?.assessment;
  return {
    entries,
    last: { previous, answers },
    since: then ? sinceLast(content.checklist, content.scale, then.answers, answers) : null,
    commitments: then ? reviewedCommitments(then.plan, previous.review, then.answers, answers) : [],
    unmoved: then ? unmovedPlanActions(then.plan, then.answers, answers) : [],
    lastPlan: lastPlan(previous),
    toReview: roundToReview(rounds, assessment),
  };
}
