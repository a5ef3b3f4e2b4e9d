import type { CouncilExample, Recommendation } from '../content/types';

/** "Seeing the light" recommendations that help with an action, in content order. */
export function recommendationsFor(
  actionId: string,
  items: readonly Recommendation[],
): Recommendation[] {
  return items.filter((r) => r.actionIds.includes(actionId));
}

/** Council examples that illustrate an action, in content order. */
export function examplesFor(actionId: string, items: readonly CouncilExample[]): CouncilExample[] {
  return items.filter((e) => e.actionIds.includes(actionId));
}
