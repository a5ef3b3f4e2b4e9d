import { useMemo } from 'react';
import { useResultsContent } from '../../../components/content/ContentContext';
import { groupReport } from '../../../domain/group/groupReport';
import type { Workshop } from '../../../domain/workshop/workshop';

/**
 * Everything a group page shows, worked out once per change of the workshop (or the content) and
 * passed down: the results, the printed summary, the slides and the group plan read this one report.
 * Only on pages the routing loads with the research (src/routing/pages.ts).
 */
export function useGroupReport(workshop: Workshop) {
  const content = useResultsContent();
  return useMemo(() => groupReport(content, workshop), [content, workshop]);
}
