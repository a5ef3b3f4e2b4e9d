import examples from '../../../content/examples.json';
import findings from '../../../content/findings.json';
import quotes from '../../../content/quotes.json';
import recommendations from '../../../content/recommendations.json';
import { checklistContent } from './load';
import type { Examples, Findings, Quotes, Recommendations } from './types';

// The research behind the checklist: imported only by pages that show results, so it loads with them.
export const researchContent: {
  quotes: Quotes;
  findings: Findings;
  recommendations: Recommendations;
  examples: Examples;
} = {
  quotes: quotes as Quotes,
  findings: findings as Findings,
  recommendations: recommendations as Recommendations,
  examples: examples as Examples,
};

/** The checklist with its research: what the results pages, personal and group, are worked out from. */
export const resultsContent = { ...checklistContent, ...researchContent };
