import type { GroupView } from '../../../domain/group/groupView';

export type Slide =
  | { kind: 'title' }
  | { kind: 'overview' }
  | { kind: 'since' }
  | { kind: 'section'; index: number }
  | { kind: 'prompt'; index: number }
  | { kind: 'behaviours' }
  | { kind: 'weak' }
  | { kind: 'plan' };

/**
 * The order of the presentation, short enough for an hour's workshop: the whole picture, one section a
 * screen, the few most split actions (at most five), the group against what leaders in councils
 * achieving more innovations do, the weakest areas, then the plan.
 */
export function slidesFor(view: GroupView, sectionCount: number, hasEarlier = false): Slide[] {
  return [
    { kind: 'title' },
    { kind: 'overview' },
    // A workshop compared with an earlier one of the group (issue 10): one screen, what moved.
    ...(hasEarlier ? [{ kind: 'since' as const }] : []),
    ...Array.from({ length: sectionCount }, (_, index) => ({ kind: 'section' as const, index })),
    ...view.disagreements.map((_, index) => ({ kind: 'prompt' as const, index })),
    { kind: 'behaviours' },
    { kind: 'weak' },
    { kind: 'plan' },
  ];
}
