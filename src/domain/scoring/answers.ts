/** A leader's answer to one action: a scale value, or "not sure" (counted, never scored). */
export type AnswerValue = number | 'not-sure';

/** Answers by action id. A missing action is unanswered. */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

export type AnswerStatus = 'answered' | 'not-sure' | 'unanswered';

export function answerStatus(value: AnswerValue | undefined): AnswerStatus {
  if (value === undefined) return 'unanswered';
  return value === 'not-sure' ? 'not-sure' : 'answered';
}
