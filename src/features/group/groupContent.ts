import { checklistContent } from '../../domain/content/load';
import { researchContent } from '../../domain/content/research';

// Loaded with the member's page only: the research stays out of the first load.
export const { checklist, scale } = checklistContent;
export const { recommendations } = researchContent;
export const groupContent = { checklist, scale, ...researchContent };

const actions = new Map(
  checklist.sections.flatMap((s) => s.actions.map((a) => [a.id, a] as const)),
);
const sections = new Map(checklist.sections.map((s) => [s.id, s] as const));
export const actionText = (id: string) => actions.get(id)?.text ?? id;
export const sectionTitle = (id: string) => sections.get(id)?.title ?? id;
