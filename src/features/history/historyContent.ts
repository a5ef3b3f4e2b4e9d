import { checklistContent } from '../../domain/content/load';

const { checklist } = checklistContent;
const actions = new Map(
  checklist.sections.flatMap((s) => s.actions.map((a) => [a.id, a.text] as const)),
);

export const actionText = (id: string) => actions.get(id) ?? id;
export const sectionTitles = checklist.sections.map((s) => s.title);

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
