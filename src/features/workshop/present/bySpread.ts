import type { GroupView } from '../../../domain/workshop/groupView';

/**
 * Discussion slides widest spread first. The sort is stable, so actions with the same spread keep the
 * order the group results give them.
 */
export function bySpread<T extends { spread: number | null }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (b.spread ?? -1) - (a.spread ?? -1));
}

export const withDisagreementsBySpread = (view: GroupView): GroupView => ({
  ...view,
  disagreements: bySpread(view.disagreements),
});
