import type { ContentIndex } from './contentIndex';
import type { About, Checklist, Examples, Findings, Quotes, Recommendations, Scale } from './types';

/**
 * What every page may read: the checklist, its scale, the about text and the look-ups by id. The app hands it down
 * (src/app), so pages and components never import the content themselves.
 */
export interface AppContent {
  checklist: Checklist;
  scale: Scale;
  about: About;
  index: ContentIndex;
}

/** The research behind the checklist: loaded with the pages that show it (src/routing/pages.ts). */
export interface ResearchContent {
  quotes: Quotes;
  findings: Findings;
  recommendations: Recommendations;
  examples: Examples;
}

/** The checklist with its research: what results, personal and group, are worked out from. */
export type ResultsContent = AppContent & ResearchContent;
