export interface Tag {
  actionId: string;
  /** Directness among the items of one kind tagged with the action: 1 is the most direct. */
  rank: number;
}

export interface Tagged {
  id: string;
  tags: readonly Tag[];
}

/** The tag an item has for an action, if it speaks to it. */
export const tagFor = (item: Tagged, actionId: string): Tag | undefined =>
  item.tags.find((t) => t.actionId === actionId);

/**
 * Only the items tagged with the action, most direct first (the rank written in the content, never the
 * order of the file). Nothing untagged is ever added to fill a gap.
 */
export function taggedFor<T extends Tagged>(actionId: string, items: readonly T[]): T[] {
  return items
    .filter((item) => tagFor(item, actionId))
    .sort((a, b) => tagFor(a, actionId)!.rank - tagFor(b, actionId)!.rank);
}
