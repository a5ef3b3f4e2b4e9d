import type { Findings } from '../content/types';

export interface CitedParagraph {
  text: string;
  /** "Creative Councils update (Local Government Association, 2013), paragraph 18". */
  citation: string;
}

/**
 * The paragraphs of the Creative Councils update (17 and 18) that bear on an action, word for word with
 * where they come from: para 18 beside "Select the priority areas for major innovations", para 17 beside
 * "Proactively look for fresh ideas".
 */
export function paragraphsFor(actionId: string, findings: Findings): CitedParagraph[] {
  return [findings.freshIdeas, findings.scopeForMore]
    .filter((p) => p.actionIds.includes(actionId))
    .map((p) => ({
      text: p.text,
      citation: `${p.source.title} (${p.source.publisher}, ${p.source.year}), paragraph ${p.source.paragraphs}`,
    }));
}
