import { describe, expect, it } from 'vitest';
import { MIN_GROUP_SIZE } from '../../src/domain/group/minimumGroup';

// Issue 26 item 7's attack, run exhaustively on one action's answers (0–4 or "not sure", as counts):
// members pool their own answers and take them from the group's counts. What is left is the others'
// answers with no order. An answer of one other member is known exactly only when what is left is all
// one value: that is, when one member is left, or when every other member answered alike.
const VALUES = 6;

function* answerRows(n: number): Generator<number[]> {
  const row = new Array<number>(n).fill(0);
  for (;;) {
    yield [...row];
    let i = 0;
    while (i < n && ++row[i]! === VALUES) row[i++] = 0;
    if (i === n) return;
  }
}

function* coalitions(n: number, most: number): Generator<number[]> {
  for (let mask = 1; mask < 1 << n; mask++) {
    const members = [...Array(n).keys()].filter((i) => mask & (1 << i));
    if (members.length <= most && members.length < n) yield members;
  }
}

describe('pooling answers against the group counts', () => {
  it('singles out one person below five, never from five except where every other answered alike', () => {
    const found = { cases: 0, singledOut: 0, alike: 0, brokenFromFive: 0 };
    for (let n = 3; n <= 5; n++) {
      for (const row of answerRows(n)) {
        for (const pool of coalitions(n, 3)) {
          found.cases++;
          const left = row.filter((_, i) => !pool.includes(i));
          const known = new Set(left).size === 1;
          if (left.length === 1) {
            // One member left: their answer is read exactly, whatever they answered.
            if (n >= MIN_GROUP_SIZE) found.brokenFromFive++;
            found.singledOut++;
          } else if (known) {
            // Everyone else alike: counts cannot hide it, in a group of any size.
            found.alike++;
          } else if (n >= MIN_GROUP_SIZE && left.length < 2) {
            // From five, a pair or trio is left with at least two answers that differ: no one's is known.
            found.brokenFromFive++;
          }
        }
      }
    }
    // 3: 216 rows × 6 coalitions; 4: 1,296 × 14; 5: 7,776 × 25 (213,840 cases).
    expect(found.cases).toBe(216 * 6 + 1296 * 14 + 7776 * 25);
    expect(found.brokenFromFive).toBe(0);
    expect(found.singledOut).toBe(216 * 3 + 1296 * 4);
    expect(found.alike).toBeGreaterThan(0);
  });
});
