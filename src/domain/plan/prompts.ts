import type { Quote, Recommendation } from '../content/types';
import { recommendationsFor } from '../scoring/links';
import { anyQuoteFor, quotesForWeakAreas } from '../scoring/quotes';

export interface PlanPrompt {
  quote: Quote | undefined;
  /** A quote speaks to the action but is shown with an earlier planned action. */
  quoteShownAbove: boolean;
  recommendation: Recommendation | undefined;
}

/**
 * One leaders' quote and one recommendation from the Audit Commission's 2007 report per planned action:
 * only items tagged with the action, the most direct first; never the same quote twice.
 */
export function promptsForPlan(
  actionIds: readonly string[],
  quotes: readonly Quote[],
  recommendations: readonly Recommendation[],
): Map<string, PlanPrompt> {
  const chosen = quotesForWeakAreas(
    actionIds.map((actionId) => ({ actionId })),
    quotes,
    1,
  );
  return new Map(
    actionIds.map((id) => {
      const quote = chosen.get(id)?.[0];
      return [
        id,
        {
          quote,
          quoteShownAbove: !quote && anyQuoteFor(id, quotes),
          recommendation: recommendationsFor(id, recommendations)[0],
        },
      ];
    }),
  );
}
