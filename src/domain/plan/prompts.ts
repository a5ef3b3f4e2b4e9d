import type { Checklist, Quote, Recommendation } from '../content/types';
import { recommendationsFor } from '../scoring/links';
import { quotesForWeakAreas } from '../scoring/quotes';

export interface PlanPrompt {
  quote: Quote | undefined;
  recommendation: Recommendation | undefined;
}

/**
 * One leaders' quote and one "Seeing the light" recommendation per planned action: quotes matched as
 * for weak areas (the action's own first, then its section's), never the same quote twice.
 */
export function promptsForPlan(
  actionIds: readonly string[],
  checklist: Checklist,
  quotes: readonly Quote[],
  recommendations: readonly Recommendation[],
): Map<string, PlanPrompt> {
  const sectionOf = new Map(
    checklist.sections.flatMap((s) => s.actions.map((a) => [a.id, s.id] as const)),
  );
  const chosen = quotesForWeakAreas(
    actionIds.map((actionId) => ({ actionId, sectionId: sectionOf.get(actionId) ?? '' })),
    quotes,
    1,
  );
  return new Map(
    actionIds.map((id) => [
      id,
      { quote: chosen.get(id)?.[0], recommendation: recommendationsFor(id, recommendations)[0] },
    ]),
  );
}
