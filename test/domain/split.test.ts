import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateGroup } from '../../src/domain/group/aggregate';
import {
  campSize,
  isSplit,
  outliersOf,
  splitDegree,
  splitSides,
  SPLIT_RULE,
} from '../../src/domain/group/split';
import { checklist, scale } from './fixtures';

/** counts[v] from a list of answers on the 0–4 scale. */
const countsOf = (answers: readonly number[]) => {
  const counts = [0, 0, 0, 0, 0];
  for (const a of answers) counts[a]!++;
  return counts;
};
const ACTION = 'climate.encourage-creativity';
const groupOn = (answers: readonly number[]) =>
  aggregateGroup(
    checklist,
    scale,
    answers.map((a, i) => ({ id: `p${i}`, answers: { [ACTION]: a } })),
  ).actions[0]!;

describe('a split group (hand-worked)', () => {
  it('a lone outlier among eight is not a disagreement, but is shown as one member apart', () => {
    // 2 2 2 2 2 3 3 0: spread 3, but only one member two or more points from the rest.
    const a = groupOn([2, 2, 2, 2, 2, 3, 3, 0]);
    expect(a).toMatchObject({ spread: 3, median: 2, disagreement: false, outliers: 1 });
  });

  it('0, 2 and 4 among three is a disagreement', () => {
    // Camps {0} and {2, 4}: one member each side is a quarter of three, rounded up.
    const a = groupOn([0, 2, 4]);
    expect(a).toMatchObject({ disagreement: true, outliers: 0 });
    // Pairs (0,2) (0,4) (2,4): 2 + 4 + 2 points over three pairs.
    expect(a.split).toBe(8 / 3);
  });

  it('an even split of 1s and 3s is a disagreement', () => {
    expect(groupOn([1, 1, 1, 1, 3, 3, 3, 3])).toMatchObject({ disagreement: true, split: 32 / 28 });
    expect(groupOn([1, 3])).toMatchObject({ disagreement: true, split: 2 });
  });

  it('two against six, two points apart, is a split in eight; one against seven is not', () => {
    expect(isSplit(countsOf([0, 0, 2, 2, 2, 2, 2, 2]))).toBe(true);
    expect(isSplit(countsOf([0, 2, 2, 2, 2, 2, 2, 2]))).toBe(false);
    // One either side of a middle six: two members see it differently, but no quarter on either side.
    const counts = countsOf([0, 2, 2, 2, 2, 2, 2, 4]);
    expect(isSplit(counts)).toBe(false);
    expect(outliersOf(counts, 2)).toBe(2);
  });

  it('is not the usual spread of a cabinet: most in the middle, a couple either side', () => {
    // 1 1 2 2 2 2 3 3: a quarter on 1 and a quarter on 3, but half of the group between them.
    const counts = countsOf([1, 1, 2, 2, 2, 2, 3, 3]);
    expect(isSplit(counts)).toBe(false);
    expect(outliersOf(counts, 2)).toBe(0);
    // 0 0 0 1 2 3 4 4: four at 1 or below and three at 3 or above, seven of eight in the two camps.
    expect(isSplit(countsOf([0, 0, 0, 1, 2, 3, 4, 4]))).toBe(true);
  });

  it('needs a quarter of those who answered on each side, and at least one', () => {
    expect([1, 2, 3, 4, 5, 6, 8, 9, 20].map(campSize)).toEqual([1, 1, 1, 1, 2, 2, 2, 3, 5]);
  });

  it('ranks by the average distance between two members, within a point counting 0', () => {
    // Four 0s and four 4s: 16 of 28 pairs 4 apart. Two 0s and six 3s: 12 of 28 pairs 3 apart.
    expect(splitDegree(countsOf([0, 0, 0, 0, 4, 4, 4, 4]))).toBe(64 / 28);
    expect(splitDegree(countsOf([0, 0, 3, 3, 3, 3, 3, 3]))).toBe(36 / 28);
    // Four 1s and four 3s: less split than 0s and 4s.
    expect(splitDegree(countsOf([1, 1, 1, 1, 3, 3, 3, 3]))).toBe(32 / 28);
    const members = [
      { 'climate.encourage-creativity': 1, 'leading.united-leadership': 0, 'delivery.persist': 0 },
      { 'climate.encourage-creativity': 1, 'leading.united-leadership': 0, 'delivery.persist': 0 },
      { 'climate.encourage-creativity': 3, 'leading.united-leadership': 3, 'delivery.persist': 4 },
      { 'climate.encourage-creativity': 3, 'leading.united-leadership': 3, 'delivery.persist': 4 },
      { 'climate.encourage-creativity': 2, 'leading.united-leadership': 3, 'delivery.persist': 2 },
    ].map((answers, i) => ({ id: `p${i}`, answers }));
    const g = aggregateGroup(checklist, scale, members);
    // Over ten pairs: creativity 1 1 3 3 2: 4 pairs 2 apart = 0.8. united 0 0 3 3 3: 6 pairs 3 apart
    // = 1.8. persist 0 0 4 4 2: 4 pairs 4 apart, 4 pairs 2 apart = 2.4.
    expect(g.disagreements.map((a) => [a.actionId, a.split])).toEqual([
      ['delivery.persist', 2.4],
      ['leading.united-leadership', 1.8],
      ['climate.encourage-creativity', 0.8],
    ]);
  });

  it('says the rule in one sentence', () => {
    expect(SPLIT_RULE.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBe(1);
  });
});

const answer = fc.integer({ min: 0, max: 4 });

describe('a split group (properties)', () => {
  it('never flags a lone outlier in a group of six or more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 40 }),
        answer,
        (base, ups, lone) => {
          // Everyone but one answers within a point of each other.
          const counts = countsOf([...ups.map((up) => base + (up ? 1 : 0)), lone]);
          expect(isSplit(counts)).toBe(false);
        },
      ),
    );
  });

  it('always flags an even split of two answers two or more points apart', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), answer, answer, (k, a, b) => {
        fc.pre(Math.abs(a - b) >= 2);
        expect(isSplit(countsOf([...Array(k).fill(a), ...Array(k).fill(b)]))).toBe(true);
      }),
    );
  });

  it('always flags 0, 2 and 4 among three, in any order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom([0, 2, 4], [0, 4, 2], [2, 0, 4], [2, 4, 0], [4, 0, 2], [4, 2, 0]),
        (a) => {
          expect(groupOn(a).disagreement).toBe(true);
        },
      ),
    );
  });

  it('reads the same with the scale turned upside down, and needs a spread of two', () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 30 }), (answers) => {
        const counts = countsOf(answers);
        const flipped = [...counts].reverse();
        expect(isSplit(flipped)).toBe(isSplit(counts));
        expect(splitDegree(flipped)).toBe(splitDegree(counts));
        const spread = answers.length ? Math.max(...answers) - Math.min(...answers) : 0;
        if (isSplit(counts)) expect(spread).toBeGreaterThanOrEqual(2);
        if (spread < 2) expect(splitDegree(counts)).toBe(0);
      }),
    );
  });

  it('ranks the split actions by how split they are', () => {
    const member = fc.dictionary(
      fc.constantFrom(ACTION, 'delivery.persist', 'leading.united-leadership'),
      answer,
    );
    fc.assert(
      fc.property(fc.array(member, { maxLength: 12 }), (list) => {
        const g = aggregateGroup(
          checklist,
          scale,
          list.map((answers, i) => ({ id: `p${i}`, answers })),
        );
        expect(g.disagreements.every((a) => a.disagreement)).toBe(true);
        expect(g.disagreements).toHaveLength(g.actions.filter((a) => a.disagreement).length);
        g.disagreements.slice(1).forEach((a, i) => {
          expect(a.split).toBeLessThanOrEqual(g.disagreements[i]!.split);
        });
      }),
    );
  });
});

describe('the two sides of a split', () => {
  it('names the most even division by the answers given nearest the middle', () => {
    // 0 0 1 | 3 4 4 4 2: at "1 or below" three, at "3 or above" four.
    expect(splitSides(countsOf([0, 0, 1, 3, 4, 4, 4, 2]))).toEqual({
      low: { count: 3, atMost: 1 },
      high: { count: 4, atLeast: 3 },
    });
    expect(splitSides(countsOf([2, 2, 2, 2, 2, 3, 3, 0]))).toBeNull();
  });
});
