import type { Snapshot } from '../assessment/snapshot';
import type { Checklist, Scale } from '../content/types';
import type { Answers } from '../scoring/answers';
import {
  changedFirst,
  compareAssessments,
  shownChange,
  type Change,
  type Comparison,
} from '../scoring/compare';

/** The compare page's report: the answers now against one snapshot, the moved actions first. */
export interface CompareReport {
  comparison: Comparison;
  /** Every action, those that moved first. */
  actions: Change[];
  /** The actions whose score or whether it is scored moved. */
  moved: Change[];
}

export function compareReport(
  content: { checklist: Checklist; scale: Scale },
  snapshot: Snapshot,
  answers: Answers,
): CompareReport {
  const comparison = compareAssessments(
    content.checklist,
    content.scale,
    snapshot.assessment.answers,
    answers,
  );
  const actions = changedFirst(comparison.actions);
  const moved = actions.filter(
    (a) => (shownChange(a) ?? 0) !== 0 || a.beforeStatus !== a.afterStatus,
  );
  return { comparison, actions, moved };
}
