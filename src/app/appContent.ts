import type { AppContent } from '../domain/content/appContent';
import { checklistIndex } from '../domain/content/contentIndex';
import { checklistContent } from '../domain/content/load';

/** The content every page reads, built once and handed down (src/components/content). */
export const appContent: AppContent = {
  ...checklistContent,
  index: checklistIndex,
};
