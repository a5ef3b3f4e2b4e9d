import type { Quote } from '../content/types';

export interface WeakAreaRef {
  actionId: string;
  sectionId: string;
}

export const QUOTES_PER_WEAK_AREA = 2;

/**
 * Up to `perArea` quotes for each weak area, in the order the areas are given: quotes tagged with the
 * action first, then other quotes from its section, each in content order. A quote is used once only,
 * so no page shows it twice; the same answers always give the same quotes.
 */
export function quotesForWeakAreas(
  areas: readonly WeakAreaRef[],
  quotes: readonly Quote[],
  perArea = QUOTES_PER_WEAK_AREA,
): Map<string, Quote[]> {
  const used = new Set<string>();
  const result = new Map<string, Quote[]>();
  for (const area of areas) {
    const candidates = [
      ...quotes.filter((q) => q.actionIds.includes(area.actionId)),
      ...quotes.filter(
        (q) => q.sectionId === area.sectionId && !q.actionIds.includes(area.actionId),
      ),
    ];
    const chosen: Quote[] = [];
    for (const q of candidates) {
      if (chosen.length >= perArea) break;
      if (used.has(q.id)) continue;
      used.add(q.id);
      chosen.push(q);
    }
    result.set(area.actionId, chosen);
  }
  return result;
}
