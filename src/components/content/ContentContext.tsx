import { createContext, useContext, type ReactNode } from 'react';
import type { AppContent, ResearchContent } from '../../domain/content/appContent';

// Content flows one way: the app hands it down (src/app, src/routing) and pages read it here, so no
// page or component imports the content modules and hands them back to the domain.
const AppContentContext = createContext<AppContent | null>(null);
/** Read by ./useResearch.ts, a module of its own so that it loads with the pages that show the research. */
export const ResearchContext = createContext<ResearchContent | null>(null);

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

/** The checklist, scale, about text and look-ups by id. */
export function useContent(): AppContent {
  const content = useContext(AppContentContext);
  if (!content) throw new Error('No content: render inside ContentProvider (src/app does).');
  return content;
}
