import { checklistIndex } from '../../domain/content/contentIndex';
import { checklistContent } from '../../domain/content/load';
import { researchContent } from '../../domain/content/research';

// Loaded with the sector pages only: the research stays out of the first load.
export const { checklist, scale } = checklistContent;
export const sectorContent = { checklist, scale, ...researchContent };
export const { actionText } = checklistIndex;
export const sectionTitle = (id: string) => checklistIndex.sectionOf(id).title;
