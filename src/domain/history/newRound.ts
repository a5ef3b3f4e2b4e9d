import type { Assessment } from '../assessment/assessment';

export type NewRoundStart = 'last-answers' | 'blank';

/**
 * The assessment for a new round. From the last answers, the answers and notes are carried over to be
 * changed where things moved; from blank, only "About you" is. The plan always starts empty: the last
 * one stays with the kept round, to be reviewed.
 */
export function startNewRound(
  previous: Assessment,
  start: NewRoundStart,
  id: string,
  now: Date,
): Assessment {
  const carry = start === 'last-answers';
  return {
    id,
    checklistId: previous.checklistId,
    checklistVersion: previous.checklistVersion,
    answers: carry ? { ...previous.answers } : {},
    notes: carry ? { ...previous.notes } : {},
    aboutYou: { ...previous.aboutYou },
    plan: [],
    startedAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}
