import { checklistContent } from '../../src/domain/content/load';
import { researchContent } from '../../src/domain/content/research';
import type { Answers, AnswerValue } from '../../src/domain/scoring/answers';

export const { checklist, scale } = checklistContent;
export const { findings, quotes } = researchContent;
export const actionIds = checklist.sections.flatMap((s) => s.actions.map((a) => a.id));

/** Answers section by section, in leaflet order; `undefined` leaves an action unanswered. */
export function answersBySection(...sections: (AnswerValue | undefined)[][]): Answers {
  const answers: Record<string, AnswerValue> = {};
  checklist.sections.forEach((section, si) =>
    section.actions.forEach((action, ai) => {
      const value = sections[si]?.[ai];
      if (value !== undefined) answers[action.id] = value;
    }),
  );
  return answers;
}

export const everyAction = (value: AnswerValue): Answers =>
  Object.fromEntries(actionIds.map((id) => [id, value]));
