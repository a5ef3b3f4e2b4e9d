import type { Checklist, Scale } from '../content/types';
import type { EarlierWorkshop } from './earlier';
import { earlierWorkshop } from './linkEarlier';
import type { Workshop } from './workshop';

/**
 * The earlier workshop's figures taken in again from the workshop itself, when it is still on this
 * device and has changed since they were kept: a late response added to it, a participant removed, its
 * plan or title edited. The group's review stays, for the commitments still in that plan. Kept as
 * they were when the earlier workshop has gone from this device (deleted, or linked from a file), or
 * now has too few answers for group figures: the comparison never shows one person's answers.
 */
export function refreshedEarlier(
  earlier: EarlierWorkshop,
  source: Workshop | undefined,
  checklist: Checklist,
  scale: Scale,
): EarlierWorkshop {
  if (!source || source.updatedAt === earlier.updatedAt) return earlier;
  const fresh = earlierWorkshop(source, checklist, scale);
  if (!fresh.ok) return earlier;
  const inPlan = new Set(fresh.value.plan.map((p) => p.actionId));
  const review = earlier.review?.filter((r) => inPlan.has(r.actionId)) ?? null;
  return { ...fresh.value, review: review && review.length > 0 ? review : null };
}

/**
 * Every workshop's earlier workshop brought up to date with the workshops on this device; the same
 * array when nothing changed, so a store that runs it on every write re-renders nothing for it.
 */
export function followEarlier(
  workshops: Workshop[],
  checklist: Checklist,
  scale: Scale,
): Workshop[] {
  let changed = false;
  const next = workshops.map((w) => {
    if (!w.earlier) return w;
    const source = workshops.find((s) => s.id === w.earlier!.id);
    const earlier = refreshedEarlier(w.earlier, source, checklist, scale);
    if (earlier === w.earlier) return w;
    changed = true;
    return { ...w, earlier };
  });
  return changed ? next : workshops;
}
