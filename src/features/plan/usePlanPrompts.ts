import { useMemo } from 'react';
import { researchContent } from '../../domain/content/research';
import { promptsForPlan, type PlanPrompt } from '../../domain/plan/prompts';

export type { PlanPrompt };

export function usePlanPrompts(actionIds: string[]): Map<string, PlanPrompt> {
  const key = actionIds.join('|');
  return useMemo(
    () =>
      promptsForPlan(
        key ? key.split('|') : [],
        researchContent.quotes.items,
        researchContent.recommendations.items,
      ),
    [key],
  );
}
