import type { CouncilExample, Recommendation } from '../content/types';
import { taggedFor } from './tags';

/** Recommendations from the Audit Commission's 2007 report tagged with an action, most direct first. */
export function recommendationsFor(
  actionId: string,
  items: readonly Recommendation[],
): Recommendation[] {
  return taggedFor(actionId, items);
}

/** Council examples tagged with an action, most direct first. */
export function examplesFor(actionId: string, items: readonly CouncilExample[]): CouncilExample[] {
  return taggedFor(actionId, items);
}
