// Sums are taken in sorted order so that a result never depends on the order the numbers came in
// (floating-point addition is not associative); group results must not change with participant order.

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  let sum = 0;
  for (const v of sorted) sum += v;
  return sum / sorted.length;
}
