import { describe, expect, it } from 'vitest';
import { dotGeometry, dotPositions, peopleCount } from '../../src/components/charts/dotGeometry';
import type { DotColumn } from '../../src/components/charts/types';

// The answer dot plot's layout, worked by hand: six columns in 600 px are 100 px each; three people at
// most in a column take the cabinet's big dots (r 8, 18 px apart, up to 4 a row: 96 px fit 5).
const columns: DotColumn[] = [
  { label: 'Not at all', people: ['A', 'B', 'C'] },
  { label: 'To a small extent', people: [] },
  { label: 'To some extent', people: ['D'] },
  { label: 'To a large extent', people: [] },
  { label: 'Fully – it is how we work', people: [] },
  { label: 'Not sure', people: ['E', 'F'], offScale: true },
];

describe('the answer dot plot', () => {
  const g = dotGeometry(columns, 600, 16);

  it('says how many people gave each answer, above the answer in words', () => {
    expect(g.columnWidth).toBe(100);
    expect([g.r, g.step, g.perRow]).toEqual([8, 18, 4]);
    // (100 − 6) / (16 × 0.56) = 10.5: at most 10 characters a line.
    expect(g.labels[0]).toEqual(['3 people', 'Not at all']);
    expect(g.labels[2]).toEqual(['1 person', 'To some', 'extent']);
    expect(g.labels[4]).toEqual(['0 people', 'Fully – it', 'is how we', 'work']);
    expect(g.labels[5]).toEqual(['2 people', 'Not sure']);
    expect(peopleCount(1)).toBe('1 person');
  });

  it('puts each person above their answer, "Not sure" in its own column, centred', () => {
    // One row of dots: the baseline at 1 × 18 + 8 = 26, each dot's centre 26 − 9 − 2 = 15.
    expect(g.base).toBe(26);
    expect(dotPositions(columns, g)).toEqual([
      { person: 'A', answer: 'Not at all', x: 32, y: 15 },
      { person: 'B', answer: 'Not at all', x: 50, y: 15 },
      { person: 'C', answer: 'Not at all', x: 68, y: 15 },
      { person: 'D', answer: 'To some extent', x: 250, y: 15 },
      { person: 'E', answer: 'Not sure', x: 541, y: 15 },
      { person: 'F', answer: 'Not sure', x: 559, y: 15 },
    ]);
  });

  it('stacks a crowded answer in rows that stay inside its column', () => {
    const crowded = dotGeometry(
      [
        { label: 'Not at all', people: Array.from({ length: 45 }, (_, i) => `P${i}`) },
        ...columns.slice(1),
      ],
      600,
      16,
    );
    // 45 people: the small dots (r 3, 7 px apart), 11 a row would be 77 px of the 100: 5 rows.
    expect([crowded.r, crowded.step, crowded.perRow]).toEqual([3, 7, 11]);
    expect(crowded.base).toBe(5 * 7 + 8);
    const xs = dotPositions([{ label: 'x', people: Array(45).fill('p') }], crowded).map((d) => d.x);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(100);
  });
});
