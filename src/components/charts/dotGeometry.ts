import { wrapWords } from './geometry';
import type { DotColumn } from './types';

/** Where everything of an answer dot plot goes, from its width and type size alone. */
export interface DotGeometry {
  width: number;
  height: number;
  /** Room above the dots for the group's mark and its name. */
  top: number;
  /** The baseline the dots stand on, from the top of the plot. */
  base: number;
  columnWidth: number;
  r: number;
  step: number;
  perRow: number;
  fontSize: number;
  lineHeight: number;
  /** Under each column: how many people (first line), then the answer in words. */
  labels: string[][];
  axisHeight: number;
}

const CHAR_WIDTH = 0.56;

/** "1 person", "3 people": what a dot plot's numbers are. */
export const peopleCount = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

/**
 * A dot per person above the answer they gave: big dots for a cabinet, smaller and denser ones when a
 * large group piles onto one answer, never wider than their column.
 */
export function dotGeometry(columns: readonly DotColumn[], width: number, fontSize: number) {
  const columnWidth = width / Math.max(1, columns.length);
  const most = Math.max(1, ...columns.map((c) => c.people.length));
  const [r, step, wanted] = most <= 12 ? [8, 18, 4] : most <= 40 ? [6, 14, 5] : [3, 7, 11];
  const perRow = Math.max(1, Math.min(wanted, Math.floor((columnWidth - 4) / step)));
  const lineHeight = Math.round(fontSize * 1.25);
  const top = lineHeight + 4;
  const base = Math.ceil(most / perRow) * step + 8;
  const chars = Math.max(4, Math.floor((columnWidth - 6) / (fontSize * CHAR_WIDTH)));
  const labels = columns.map((c) => [peopleCount(c.people.length), ...wrapWords(c.label, chars)]);
  const axisHeight = 8 + Math.max(...labels.map((l) => l.length)) * lineHeight;
  return {
    width,
    height: top + base + axisHeight,
    top,
    base,
    columnWidth,
    r,
    step,
    perRow,
    fontSize,
    lineHeight,
    labels,
    axisHeight,
  } satisfies DotGeometry;
}

/** The centre of column `at` (fractions fall between columns: the group's mark). */
export const columnX = (g: DotGeometry, at: number) => (at + 0.5) * g.columnWidth;

/** Each person's dot: in their answer's column, rows of `perRow` from the baseline up. */
export function dotPositions(columns: readonly DotColumn[], g: DotGeometry) {
  return columns.flatMap((c, i) =>
    c.people.map((person, k) => ({
      person,
      answer: c.label,
      x: columnX(g, i) + ((k % g.perRow) - (Math.min(c.people.length, g.perRow) - 1) / 2) * g.step,
      y: g.base - g.step / 2 - 2 - Math.floor(k / g.perRow) * g.step,
    })),
  );
}
