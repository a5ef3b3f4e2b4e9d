import { useContext, useMemo } from 'react';
import type { ResearchContent, ResultsContent } from '../../domain/content/appContent';
import { ResearchContext, useContent } from './ContentContext';

// Apart from ./ContentContext.tsx, which the first load imports: these are used only by pages that
// load with the research, so they load with them (src/build/chunks.ts) and not in the first load.

/** The research; only on pages the routing loads with it. */
export function useResearch(): ResearchContent {
  const research = useContext(ResearchContext);
  if (!research)
    throw new Error(
      "No research: give this page `research: true` in src/routing/pages.ts, so it loads with it.",
    );
  return research;
}

/** The checklist and its research together, one object per page: what results are worked out from. */
export function useResultsContent(): ResultsContent {
  const content = useContent();
  const research = useResearch();
  return useMemo(() => ({ ...content, ...research }), [content, research]);
}
