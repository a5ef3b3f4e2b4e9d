import { checklistIndex } from '../../domain/content/contentIndex';
import { checklistContent } from '../../domain/content/load';

export { roundDate, shortRoundDate } from '../../domain/display';
export const { actionText } = checklistIndex;
export const sectionTitles = checklistContent.checklist.sections.map((s) => s.title);
