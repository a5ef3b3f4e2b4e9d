import fc from 'fast-check';
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

// A phone: the same six answers in 312 px (52 px columns) and 246 px (41 px), 16 px type. Worked by
// hand from the rules in dotGeometry: type no smaller than 12 px, 4 px kept between columns.
describe('the answer dot plot on a phone', () => {
  it('writes the count as its number over "people" where "3 people" is wider than the column', () => {
    const g = dotGeometry(columns, 312, 16);
    // Room 48: "people" in bold is 6 × 0.65 × 12 = 46.8 px, so 12 px type; "3 people" (62.4) splits.
    expect(g.labelSize).toBe(12);
    expect(g.lineHeight).toBe(15);
    expect(g.countLines).toBe(2);
    // 48 / (12 × 0.56) = 7.1: at most 7 characters a line.
    expect(g.labels[0]).toEqual(['3', 'people', 'Not at', 'all']);
    expect(g.labels[2]).toEqual(['1', 'person', 'To some', 'extent']);
    expect(g.labels[4]).toEqual(['0', 'people', 'Fully –', 'it is', 'how we', 'work']);
    expect(g.axisHeight).toBe(8 + 6 * 15);
    // The group's mark keeps the plot's own type above the dots.
    expect(g.top).toBe(24);
  });

  it('writes the number alone where even "people" is wider than the column', () => {
    const g = dotGeometry(columns, 246, 16);
    // Room 37: "people" needs 46.8 px at 12 px, the smallest type; "extent" (40.3) fits the 41 px.
    expect([g.labelSize, g.countLines]).toEqual([12, 1]);
    expect(g.labels[0]).toEqual(['3', 'Not', 'at', 'all']);
    expect(g.labels[2]).toEqual(['1', 'To', 'some', 'extent']);
  });

  it('breaks with a hyphen a word wider than its whole column at the smallest type', () => {
    // 33.3 px columns: 4 characters at 12 px, so "extent" is "ext-" and "ent", a line each.
    const g = dotGeometry(columns, 200, 16);
    expect(g.labels[2]).toEqual(['1', 'To', 'some', 'ext-', 'ent']);
  });

  it('keeps the type it is given where every word fits (a slide, a desktop)', () => {
    expect(dotGeometry(columns, 1200, 27).labelSize).toBe(27);
    expect(dotGeometry(columns, 600, 16).labelSize).toBe(16);
  });
});

describe('the answer dot plot at any width', () => {
  it('never writes a line wider than its column, nor type under 12 px', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 180, max: 2000 }),
        fc.integer({ min: 12, max: 32 }),
        fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 6, maxLength: 6 }),
        (width, fontSize, counts) => {
          const g = dotGeometry(
            columns.map((c, i) => ({ ...c, people: Array<string>(counts[i]!).fill('p') })),
            width,
            fontSize,
          );
          expect(g.labelSize).toBeGreaterThanOrEqual(12);
          for (const lines of g.labels)
            lines.forEach((line, i) => {
              // The estimates the layout uses: 0.65 em a bold character, 0.56 a plain one.
              const perChar = i < g.countLines ? 0.65 : 0.56;
              expect(line.length * perChar * g.labelSize).toBeLessThanOrEqual(g.columnWidth);
            });
        },
      ),
    );
  });
});
