import { useAssessmentStore } from '../../state/assessmentStore';

export function useAssessment() {
  return useAssessmentStore((s) => s.assessment);
}
