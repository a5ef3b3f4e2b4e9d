import type { Quote } from '../content/types';
import { taggedFor } from './tags';

export interface WeakAreaRef {
  actionId: string;
}

export const QUOTES_PER_WEAK_AREA = 2;

/**
 * Up to `perArea` quotes for each weak area, in the order the areas are given: only quotes tagged with
 * the action, most direct first, never filled up from the section. A quote is used once only, so no
 * page shows it twice; the same answers always give the same quotes.
 */
export function quotesForWeakAreas(
  areas: readonly WeakAreaRef[],
  quotes: readonly Quote[],
  perArea = QUOTES_PER_WEAK_AREA,
): Map<string, Quote[]> {
  const used = new Set<string>();
  const result = new Map<string, Quote[]>();
  for (const area of areas) {
    const chosen: Quote[] = [];
    for (const q of taggedFor(area.actionId, quotes)) {
      if (chosen.length >= perArea) break;
      if (used.has(q.id)) continue;
      used.add(q.id);
      chosen.push(q);
    }
    result.set(area.actionId, chosen);
  }
  return result;
}

/** Whether any quote speaks to the action at all (so an empty card can say which case it is). */
export const anyQuoteFor = (actionId: string, quotes: readonly Quote[]): boolean =>
  taggedFor(actionId, quotes).length > 0;
