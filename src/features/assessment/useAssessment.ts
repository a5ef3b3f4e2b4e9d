import { checklistContent } from '../../domain/content/load';
import { answerLabel as labelOf } from '../../domain/answerLabel';
import type { AnswerValue } from '../../domain/scoring/answers';
import { useAssessmentStore } from '../../state/assessmentStore';

export const { checklist, scale, about } = checklistContent;

export function useAssessment() {
  return useAssessmentStore((s) => s.assessment);
}

export const answerLabel = (value: AnswerValue | undefined) => labelOf(scale, value);
