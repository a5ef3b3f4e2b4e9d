/** The lowest- and highest-scoring of some scored things (sections, areas), ignoring those with no score. */
export function lowestAndHighest<T extends { score: number | null }>(
  items: readonly T[],
): { lowest: T | undefined; highest: T | undefined } {
  const scored = items.filter((i) => i.score !== null);
  return {
    lowest: [...scored].sort((a, b) => a.score! - b.score!)[0],
    highest: [...scored].sort((a, b) => b.score! - a.score!)[0],
  };
}
