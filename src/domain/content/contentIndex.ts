import { checklistContent } from './load';
import type { Action, Checklist, Section } from './types';

export interface ContentIndex {
  /** Every action, in leaflet order. */
  actions: readonly Action[];
  actionById: ReadonlyMap<string, Action>;
  sectionById: ReadonlyMap<string, Section>;
  /** The action's text as the leaflet words it; the id itself for an action this checklist lacks. */
  actionText(id: string): string;
  sectionOf(sectionId: string): Section;
  sectionOfAction(actionId: string): Section;
}

/** Look-ups by id over one checklist, built once and read by every page that names actions. */
export function indexChecklist(checklist: Checklist): ContentIndex {
  const actions = checklist.sections.flatMap((s) => s.actions);
  const actionById = new Map(actions.map((a) => [a.id, a] as const));
  const sectionById = new Map(checklist.sections.map((s) => [s.id, s] as const));
  const sectionByAction = new Map(
    checklist.sections.flatMap((s) => s.actions.map((a) => [a.id, s] as const)),
  );
  return {
    actions,
    actionById,
    sectionById,
    actionText: (id) => actionById.get(id)?.text ?? id,
    sectionOf: (id) => sectionById.get(id)!,
    sectionOfAction: (id) => sectionByAction.get(id)!,
  };
}

/** The app's checklist look-ups, built once. Only pages that name actions import it. */
export const checklistIndex = indexChecklist(checklistContent.checklist);
