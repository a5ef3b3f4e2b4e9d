import { useMemo } from 'react';
import { checklistContent } from '../../domain/content/load';
import { researchContent } from '../../domain/content/research';
import type { Answers } from '../../domain/scoring/answers';
import { TOP_WEAK_AREAS, weakAreas } from '../../domain/scoring/priorities';
import { scaleMax, scoreAssessment } from '../../domain/scoring/score';

const { checklist, scale } = checklistContent;
export const allActions = checklist.sections.flatMap((s) => s.actions);
const byId = new Map(allActions.map((a) => [a.id, a]));
export const actionText = (id: string) => byId.get(id)?.text ?? id;

/** The weakest areas, as the results page shows them: the plan's first proposal. */
export function useWeakestActionIds(answers: Answers): string[] {
  return useMemo(() => {
    const result = scoreAssessment(checklist, scale, answers);
    return weakAreas(result.actions, researchContent.findings, scaleMax(scale))
      .slice(0, TOP_WEAK_AREAS)
      .map((a) => a.actionId);
  }, [answers]);
}
