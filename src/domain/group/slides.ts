import type { PlanItem } from '../plan/planItem';
import type { GroupActionResult, GroupResult, GroupSectionResult } from './aggregate';
import type { GroupReport, SinceEarlier } from './groupReport';
import type { GroupView } from './groupView';

/** One screen of the presentation, with everything it shows: each kind has its own small view. */
export type Slide =
  | {
      kind: 'title';
      title: string;
      /** The council and the date, as given. */
      council: string;
      date: string | null;
      overall: GroupResult['overall'];
      participants: number;
      splitCount: number;
      /** How many split actions the deck goes on to show. */
      shownSplits: number;
    }
  | { kind: 'overview'; sections: GroupSectionResult[] }
  | { kind: 'since'; since: SinceEarlier }
  | {
      kind: 'section';
      index: number;
      of: number;
      sectionId: string;
      /** The section's actions, in leaflet order. */
      actions: GroupActionResult[];
    }
  | { kind: 'prompt'; index: number; of: number; action: GroupView['disagreements'][number] }
  | { kind: 'behaviours'; behaviours: GroupView['behaviours'] }
  | { kind: 'weak'; weak: GroupView['weak'] }
  | { kind: 'plan'; plan: PlanItem[] };

export type SlideKind = Slide['kind'];

/**
 * The order of the presentation, short enough for an hour's workshop: the whole picture, what moved
 * since an earlier workshop (issue 10), one section a screen, the few most split actions (at most
 * five), the group against what leaders in councils achieving more innovations do, the weakest
 * areas, then the plan.
 */
export function slidesFor(report: GroupReport): Slide[] {
  const { workshop, group, disagreements, since } = report;
  const sections = group.sections;
  return [
    {
      kind: 'title',
      title: workshop.title,
      council: workshop.council,
      date: workshop.date,
      overall: group.overall,
      participants: group.participants,
      splitCount: report.splitCount,
      shownSplits: disagreements.length,
    },
    { kind: 'overview', sections },
    ...(since ? [{ kind: 'since' as const, since }] : []),
    ...sections.map((s, index) => ({
      kind: 'section' as const,
      index,
      of: sections.length,
      sectionId: s.sectionId,
      actions: group.actions.filter((a) => a.sectionId === s.sectionId),
    })),
    ...disagreements.map((action, index) => ({
      kind: 'prompt' as const,
      index,
      of: disagreements.length,
      action,
    })),
    { kind: 'behaviours', behaviours: report.behaviours },
    { kind: 'weak', weak: report.weak },
    { kind: 'plan', plan: workshop.plan },
  ];
}
