import { useMemo } from 'react';
import { useResultsContent } from '../../../components/content/useResearch';
import { groupReport } from '../../../domain/group/groupReport';
import { groupWeakest } from '../../../domain/group/groupView';
import type { Workshop } from '../../../domain/workshop/workshop';

/**
 * Everything a group page shows, worked out once per change of the workshop (or the content) and
 * passed down: the results, the printed summary and the slides read this one report.
 * Only on pages the routing loads with the research (src/routing/pages.ts).
 */
export function useGroupReport(workshop: Workshop) {
  const content = useResultsContent();
  return useMemo(() => groupReport(content, workshop), [content, workshop]);
}

/** The actions of the group's weakest areas, for the group plan: without quotes, examples or the rest. */
export function useGroupWeakest(workshop: Workshop) {
  const content = useResultsContent();
  return useMemo(() => groupWeakest(workshop, content), [content, workshop]);
}
