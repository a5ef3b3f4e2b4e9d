import type { Findings } from '../content/types';
import type { ActionResult } from './score';
import { gapOf } from './score';
import { mean } from './stats';

export interface FindingStanding {
  findingId: string;
  text: string;
  actionIds: string[];
  /** Mean score of the finding's answered actions; null when none is answered. */
  score: number | null;
  gap: number | null;
  answered: number;
}

/** The leader's standing on each of the research's most important areas for further action. */
export function findingStandings(
  actions: readonly ActionResult[],
  findings: Findings,
): FindingStanding[] {
  const byId = new Map(actions.map((a) => [a.actionId, a]));
  return findings.furtherAction.areas.map((area) => {
    const scores = area.actionIds.flatMap((id) => {
      const s = byId.get(id)?.score;
      return s === null || s === undefined ? [] : [s];
    });
    const score = mean(scores);
    return {
      findingId: area.id,
      text: area.text,
      actionIds: area.actionIds,
      score,
      gap: gapOf(score),
      answered: scores.length,
    };
  });
}
