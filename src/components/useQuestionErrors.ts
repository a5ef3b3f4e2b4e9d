import { useState } from 'react';
import type { Section } from '../domain/content/types';
import type { Answers } from '../domain/scoring/answers';
import type { FieldError } from './form/ErrorSummary';
import { questionId } from '../routing/paths';

const firstRadio = (actionId: string) => `${questionId(actionId)}-0`;

/**
 * The "answer every question, or choose Not sure" rule for one section page, shared by the
 * self-assessment and a workshop turn: errors appear on Continue and clear as each is answered.
 */
export function useQuestionErrors(section: Section, answers: Answers, notSureLabel: string) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);

  /** Shows an error for each unanswered question; true when there is none. */
  const check = () => {
    const found = section.actions
      .filter((a) => answers[a.id] === undefined)
      .map((a) => ({
        fieldId: firstRadio(a.id),
        message: `Select how far you ${a.question.replace(/^Do you /, '').replace(/\?$/, '')}, or select "${notSureLabel}"`,
      }));
    setErrors(found);
    setAttempt((n) => n + 1);
    return found.length === 0;
  };
  const clear = (actionId: string) =>
    setErrors((current) => current.filter((e) => e.fieldId !== firstRadio(actionId)));
  const errorFor = (actionId: string) =>
    errors.find((e) => e.fieldId === firstRadio(actionId))?.message;

  return { errors, attempt, check, clear, errorFor };
}
