import { useMemo } from 'react';
import { checklistIndex } from '../../../domain/content/contentIndex';
import { resultsContent } from '../../../domain/content/research';
import { groupReport } from '../../../domain/group/groupReport';
import type { Workshop } from '../../../domain/workshop/workshop';

// The content every workshop page reads. The research is imported here, inside the lazily loaded
// workshop pages, so it never adds to the first load.
const content = { ...resultsContent, index: checklistIndex };

/** The checklist, its scale and index, and the research: what the group pages are worked out from. */
export const useWorkshopContent = () => content;

/**
 * Everything a group page shows, worked out once per change of the workshop (or the content) and
 * passed down: the results, the printed summary and the slides read this one report.
 */
export function useGroupReport(workshop: Workshop) {
  const content = useWorkshopContent();
  return useMemo(() => groupReport(content, workshop), [content, workshop]);
}
