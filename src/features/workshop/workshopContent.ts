import { useMemo } from 'react';
import { checklistContent } from '../../domain/content/load';
import { researchContent } from '../../domain/content/research';
import { groupView } from '../../domain/workshop/groupView';
import type { Workshop } from '../../domain/workshop/workshop';

// The content every workshop page reads. The research is imported here, inside the lazily loaded
// workshop pages, so it never adds to the first load.
export const { checklist, scale } = checklistContent;
export const { findings, recommendations, examples } = researchContent;
export const groupContent = { checklist, scale, ...researchContent };

const actionsById = new Map(
  checklist.sections.flatMap((s) => s.actions.map((a) => [a.id, a] as const)),
);
const sectionsById = new Map(checklist.sections.map((s) => [s.id, s] as const));

export const actionText = (id: string) => actionsById.get(id)?.text ?? id;
export const sectionOf = (id: string) => sectionsById.get(id)!;
export const sectionOfAction = (actionId: string) =>
  checklist.sections.find((s) => s.actions.some((a) => a.id === actionId))!;

/** Everything the group pages show, worked out by the domain from the workshop's answers. */
export function useGroupView(workshop: Workshop) {
  return useMemo(() => groupView(workshop, groupContent), [workshop]);
}
