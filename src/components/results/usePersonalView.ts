import { useMemo } from 'react';
import { resultsContent } from '../../domain/content/research';
import type { Answers } from '../../domain/scoring/answers';
import { personalView } from '../../domain/scoring/personalView';

/** The leader's results from their answers, worked out by the domain once per change of answers. */
export function usePersonalView(answers: Answers) {
  return useMemo(() => personalView(resultsContent, answers), [answers]);
}
