import type { Findings } from '../content/types';
import type { ActionResult } from './score';
import { gapOf } from './score';
import { mean } from './stats';

export interface FindingStanding {
  /** The id of the key finding, or of the behaviour, in findings.json. */
  findingId: string;
  text: string;
  actionIds: string[];
  /** Mean score of the finding's answered actions; null when none is answered. */
  score: number | null;
  gap: number | null;
  answered: number;
}

interface LinkedFinding {
  id: string;
  text: string;
  actionIds: string[];
}

/** Standing on each finding: the mean score of its answered actions, as for a section. */
function standingsOf(actions: readonly ActionResult[], items: readonly LinkedFinding[]) {
  const byId = new Map(actions.map((a) => [a.actionId, a]));
  return items.map((item): FindingStanding => {
    const scores = item.actionIds.flatMap((id) => {
      const s = byId.get(id)?.score;
      return s === null || s === undefined ? [] : [s];
    });
    const score = mean(scores);
    return {
      findingId: item.id,
      text: item.text,
      actionIds: item.actionIds,
      score,
      gap: gapOf(score),
      answered: scores.length,
    };
  });
}

/** The leader's standing on each of the research's most important areas for further action. */
export function findingStandings(
  actions: readonly ActionResult[],
  findings: Findings,
): FindingStanding[] {
  return standingsOf(actions, findings.furtherAction.areas);
}

/**
 * The standing on each thing leaders in councils achieving more innovations do (Creative Councils update,
 * para 16): the research's own picture of those leaders, and the closest the sources come to a benchmark.
 */
export function behaviourStandings(
  actions: readonly ActionResult[],
  findings: Findings,
): FindingStanding[] {
  return standingsOf(actions, findings.behaviours.items);
}
