import type { GroupView } from '../../../domain/workshop/groupView';

export type Slide =
  | { kind: 'title' }
  | { kind: 'overview' }
  | { kind: 'section'; index: number }
  | { kind: 'prompt'; index: number }
  | { kind: 'behaviours' }
  | { kind: 'weak' };

/**
 * The order of the presentation: the whole picture, one section a screen, each disagreement, then the
 * group against what leaders in councils achieving more innovations do, and the weakest areas.
 */
export function slidesFor(view: GroupView, sectionCount: number): Slide[] {
  return [
    { kind: 'title' },
    { kind: 'overview' },
    ...Array.from({ length: sectionCount }, (_, index) => ({ kind: 'section' as const, index })),
    ...view.disagreements.map((_, index) => ({ kind: 'prompt' as const, index })),
    { kind: 'behaviours' },
    { kind: 'weak' },
  ];
}
