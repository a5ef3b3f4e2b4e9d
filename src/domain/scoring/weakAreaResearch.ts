import type {
  CouncilExample,
  Examples,
  Findings,
  Quote,
  Quotes,
  Recommendation,
  Recommendations,
} from '../content/types';
import { examplesFor, recommendationsFor } from './links';
import { paragraphsFor, type CitedParagraph } from './paragraphs';
import { anyQuoteFor } from './quotes';

/** What the sources offer for one weak area: only items tagged with its action, most direct first. */
export interface AreaResearch {
  quotes: Quote[];
  /** Quotes speak to the action, but each is already shown higher on the page (none appears twice). */
  quotesShownAbove: boolean;
  recommendations: Recommendation[];
  examples: CouncilExample[];
  /** Paras 17–18 of the Creative Councils update where they bear on the action. */
  paragraphs: CitedParagraph[];
}

interface Sources {
  findings: Findings;
  quotes: Quotes;
  recommendations: Recommendations;
  examples: Examples;
}

/** The research for an action, given the quotes already chosen for it on this page. */
export function areaResearch(
  actionId: string,
  chosen: Quote[] | undefined,
  sources: Sources,
): AreaResearch {
  const quotes = chosen ?? [];
  return {
    quotes,
    quotesShownAbove: quotes.length === 0 && anyQuoteFor(actionId, sources.quotes.items),
    recommendations: recommendationsFor(actionId, sources.recommendations.items),
    examples: examplesFor(actionId, sources.examples.items),
    paragraphs: paragraphsFor(actionId, sources.findings),
  };
}
