import { useMemo } from 'react';
import { checklistIndex } from '../../../domain/content/contentIndex';
import { checklistContent } from '../../../domain/content/load';
import { researchContent, resultsContent } from '../../../domain/content/research';
import { groupView } from '../../../domain/group/groupView';
import type { Workshop } from '../../../domain/workshop/workshop';

// The content every workshop page reads. The research is imported here, inside the lazily loaded
// workshop pages, so it never adds to the first load.
export const { checklist, scale } = checklistContent;
export const { findings, recommendations, examples } = researchContent;
export const groupContent = resultsContent;
export const { actionText, sectionOf, sectionOfAction } = checklistIndex;

/** Everything the group pages show, worked out by the domain from the workshop's answers. */
export function useGroupView(workshop: Workshop) {
  return useMemo(() => groupView(workshop, groupContent), [workshop]);
}
