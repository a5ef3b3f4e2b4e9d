import type { AppContent } from '../domain/content/appContent';
import { checklistIndex } from '../domain/content/contentIndex';
import { checklistContent } from '../domain/content/load';
import findings from '../../content/findings.json';
import type { Findings } from '../domain/content/types';

/** The content every page reads, built once and handed down (src/components/content). */
export const appContent: AppContent = {
  ...checklistContent,
  findings: findings as Findings,
  index: checklistIndex,
};
