import { checklistIndex } from '../../domain/content/contentIndex';
import { checklistContent } from '../../domain/content/load';
import { dayMonthYear } from '../../domain/display';

export const { actionText } = checklistIndex;
export const sectionTitles = checklistContent.checklist.sections.map((s) => s.title);

/** "3 March 2026" in the user's time zone: rounds are told apart by day. */
export function roundDate(iso: string): string {
  return dayMonthYear(new Date(iso));
}

/** "3 Mar 2026": for the chart's axis, where space is short. */
export function shortRoundDate(iso: string): string {
  return dayMonthYear(new Date(iso), { short: true });
}
