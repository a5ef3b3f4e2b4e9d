import { describe, expect, it } from 'vitest';
import { endLabels, spreadLabels } from '../../src/components/charts/endLabels';

// Issue 25 item 17: the history lines carry their end values, and labels that would overlap are
// nudged apart vertically. Every figure below is worked out by hand.

describe('spreadLabels', () => {
  it('leaves labels that do not overlap where they are', () => {
    // 20 px tall at 50 and 100: 40–60 and 90–110 do not touch.
    expect(
      spreadLabels(
        [
          { y: 100, height: 20 },
          { y: 50, height: 20 },
        ],
        0,
        380,
      ),
    ).toEqual([100, 50]);
  });

  it('pushes a bunch apart evenly around where its labels want to be, in order', () => {
    // Wanted tops 90, 95, 100, each 20 tall. As one block of 60, the block's top is the mean of
    // (wanted top less place in block): (90 + 75 + 60) / 3 = 75, so middles 85, 105, 125.
    expect(
      spreadLabels(
        [
          { y: 105, height: 20 },
          { y: 100, height: 20 },
          { y: 110, height: 20 },
        ],
        0,
        380,
      ),
    ).toEqual([105, 85, 125]);
  });

  it('merges a block into the one above only when they then overlap', () => {
    // 100 and 104 (20 tall) merge: tops (90 + 74) / 2 = 82 → middles 92, 112 (block 82–122).
    // 140 (top 130) clears 122, so it stays.
    expect(
      spreadLabels(
        [
          { y: 100, height: 20 },
          { y: 104, height: 20 },
          { y: 140, height: 20 },
        ],
        0,
        380,
      ),
    ).toEqual([92, 112, 140]);
  });

  it('keeps a bunch inside the chart: one at the bottom pushes the others up', () => {
    // Wanted 95 and 98 with the bottom at 100: the block (40 tall) wants top (85 + 68) / 2 = 76.5, but
    // must end by 100, so its top is 60: middles 70 and 90.
    expect(
      spreadLabels(
        [
          { y: 95, height: 20 },
          { y: 98, height: 20 },
        ],
        0,
        100,
      ),
    ).toEqual([70, 90]);
    // At the top: wanted 2 and 5, top 0: the block starts at 0, middles 10 and 30.
    expect(
      spreadLabels(
        [
          { y: 5, height: 20 },
          { y: 2, height: 20 },
        ],
        0,
        380,
      ),
    ).toEqual([30, 10]);
  });
});

describe('endLabels', () => {
  const options = { chars: 20, lineHeight: 20, top: 0, bottom: 380 };

  it('gives each line its value, and names the lines whose ends bunch', () => {
    const labels = endLabels(
      [
        { name: 'Overall', value: '62', x: 500, y: 100 },
        { name: 'Lead for innovation', value: '60', x: 500, y: 110 },
        { name: 'Create the climate for innovation', value: '20', x: 500, y: 300 },
        null,
      ],
      options,
    );
    // 100 and 110 are nearer than 1.5 lines (30 px): both named. "60 Lead for innovation" wraps
    // at 20 characters: "60 Lead for" / "innovation". Heights 1 × 20 + 2 = 22 and 2 × 20 + 2 = 42.
    expect(labels.map((l) => l && [l.lines, l.named])).toEqual([
      [['62 Overall'], true],
      [['60 Lead for', 'innovation'], true],
      [['20'], false],
      null,
    ]);
    // 100 (22 tall, top 89) and 110 (42 tall, top 89) overlap: one block of 64 with top
    // (89 + (89 − 22)) / 2 = 78: middles 78 + 11 = 89 and 78 + 22 + 21 = 121. 300 stays.
    expect(labels.map((l) => l?.middle)).toEqual([89, 121, 300, undefined]);
  });
});
