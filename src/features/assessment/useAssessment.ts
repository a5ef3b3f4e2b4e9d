import { useContent } from '../../components/content/ContentContext';
import { answerLabel as labelOf } from '../../domain/answerLabel';
import type { AnswerValue } from '../../domain/scoring/answers';
import { useAssessmentStore } from '../../state/assessmentStore';

export function useAssessment() {
  return useAssessmentStore((s) => s.assessment);
}

/** An answer in the scale's words: "To some extent", "Not sure", "Not answered". */
export function useAnswerLabel() {
  const { scale } = useContent();
  return (value: AnswerValue | undefined) => labelOf(scale, value);
}
