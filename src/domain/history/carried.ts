import type { Answers } from '../scoring/answers';

/**
 * How many of this round's answers are as they were in the last round: the next round starts from
 * the last answers, to change those that moved (issue 25). `answered` counts this round's answers.
 */
export function answersAsBefore(last: Answers, now: Answers): { same: number; answered: number } {
  const ids = Object.keys(now);
  return { same: ids.filter((id) => last[id] === now[id]).length, answered: ids.length };
}

/**
 * The one line on the next round's "Check your answers": what these answers are and what to do with
 * them. Null when none is as it was (a round answered afresh says nothing of the last).
 */
export function carriedLine(
  counts: { same: number; answered: number },
  when: string,
): string | null {
  const { same, answered } = counts;
  if (same === 0) return null;
  return same === answered
    ? `These are your answers from your last round, on ${when}. Change those that have moved since.`
    : `${same} of these ${answered} answers are as in your last round, on ${when}. Change those that have moved since.`;
}
