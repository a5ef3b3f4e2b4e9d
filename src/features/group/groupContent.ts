import { checklistIndex } from '../../domain/content/contentIndex';
import { checklistContent } from '../../domain/content/load';
import { researchContent } from '../../domain/content/research';

// Loaded with the member's page only: the research stays out of the first load.
export const { checklist, scale } = checklistContent;
export const groupContent = { checklist, scale, ...researchContent };
export const { actionText } = checklistIndex;
export const sectionTitle = (id: string) => checklistIndex.sectionOf(id).title;
