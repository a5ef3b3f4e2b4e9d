import { useMemo } from 'react';
import type { PlanPrompt } from '../../domain/plan/prompts';
import { planPrompts, type PersonalReportContent } from '../../domain/report/personalReport';

export type { PlanPrompt };

/** The prompts for the plan as the form holds it now, worked out again only when its actions change. */
export function usePlanPrompts(
  content: Pick<PersonalReportContent, 'quotes' | 'recommendations'>,
  actionIds: string[],
): Map<string, PlanPrompt> {
  const key = actionIds.join('|');
  return useMemo(() => planPrompts(content, key ? key.split('|') : []), [content, key]);
}
