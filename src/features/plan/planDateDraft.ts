import type { PlanFormItem } from '../../domain/plan/planFormSchema';

/**
 * The date boxes as typed, kept for this tab only (sessionStorage), so a half-typed date survives a
 * reload. A saved plan item holds a date only once it is a real date; until then this keeps the boxes.
 */
const KEY = 'kai.plan-date-draft';

type DateBoxes = Pick<PlanFormItem, 'day' | 'month' | 'year'>;

export function readDateDraft(): Record<string, DateBoxes> {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const draft: Record<string, DateBoxes> = {};
    for (const [id, v] of Object.entries(parsed as Record<string, unknown>)) {
      const boxes = v as Partial<Record<keyof DateBoxes, unknown>>;
      if (['day', 'month', 'year'].every((k) => typeof boxes[k as keyof DateBoxes] === 'string'))
        draft[id] = boxes as DateBoxes;
    }
    return draft;
  } catch {
    return {};
  }
}

export function writeDateDraft(items: readonly PlanFormItem[]) {
  try {
    const draft = Object.fromEntries(
      items.map((i) => [i.actionId, { day: i.day, month: i.month, year: i.year }]),
    );
    sessionStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the plan itself is still saved; only the half-typed boxes are not.
  }
}

/** A form item with the boxes as last typed, where the saved plan has no date yet. */
export function withDraftDate(item: PlanFormItem, draft: Record<string, DateBoxes>): PlanFormItem {
  const boxes = draft[item.actionId];
  return boxes && !item.day && !item.month && !item.year ? { ...item, ...boxes } : item;
}
