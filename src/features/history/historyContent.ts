import { checklistIndex } from '../../domain/content/contentIndex';
import { checklistContent } from '../../domain/content/load';

export const { actionText } = checklistIndex;
export const sectionTitles = checklistContent.checklist.sections.map((s) => s.title);

/** "3 March 2026" in the user's time zone: rounds are told apart by day. */
export function roundDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/** "3 Mar 2026": for the chart's axis, where space is short. */
export function shortRoundDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}
