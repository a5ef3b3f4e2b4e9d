import { capitalise, formatScore, listItemText } from '../../domain/display';
import type { FindingStanding } from '../../domain/scoring/findings';
import type { BarRow } from '../charts/types';

/** The finding's text as a heading: "agree clear … concerns;" → "Agree clear … concerns". */
export const standingLabel = (s: FindingStanding) => capitalise(listItemText(s.text));

/** One bar per finding, the mean of its actions, with "no score" as words rather than a zero. */
export function standingBars(standings: readonly FindingStanding[]): BarRow[] {
  return standings.map((s) => ({
    label: standingLabel(s),
    value: s.score,
    valueLabel: s.score === null ? 'no score' : formatScore(s.score),
  }));
}
