import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type {
  AppContent,
  ResearchContent,
  ResultsContent,
} from '../../domain/content/appContent';

// Content flows one way: the app hands it down (src/app, src/routing) and pages read it here, so no
// page or component imports the content modules and hands them back to the domain.
const AppContentContext = createContext<AppContent | null>(null);
const ResearchContext = createContext<ResearchContent | null>(null);

export function ContentProvider({ content, children }: { content: AppContent; children: ReactNode }) {
  return <AppContentContext value={content}>{children}</AppContentContext>;
}

/** Given by the routing to the pages it loads with their research (`research: true` in its table). */
export function ResearchProvider({
  research,
  children,
}: {
  research: ResearchContent;
  children: ReactNode;
}) {
  return <ResearchContext value={research}>{children}</ResearchContext>;
}

/** The checklist, scale, about text, findings and look-ups by id. */
export function useContent(): AppContent {
  const content = useContext(AppContentContext);
  if (!content) throw new Error('No content: render inside ContentProvider (src/app does).');
  return content;
}

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
