import { describe, expect, it } from 'vitest';
import { lowestAndHighest } from '../../src/domain/scoring/extremes';

describe('lowestAndHighest', () => {
  it('ignores things with no score, and gives nothing when none has one', () => {
    const items = [
      { id: 'a', score: 50 },
      { id: 'b', score: null },
      { id: 'c', score: 95 },
      { id: 'd', score: 25 },
    ];
    expect(lowestAndHighest(items)).toEqual({ lowest: items[3], highest: items[2] });
    expect(lowestAndHighest([{ score: null }])).toEqual({ lowest: undefined, highest: undefined });
  });
});
