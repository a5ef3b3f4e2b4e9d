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
  /** The type under the columns: the plot's own, or smaller so that no word is wider than its column. */
  labelSize: number;
  lineHeight: number;
  /** Under each column: how many people (the first `countLines` lines), then the answer in words. */
  labels: string[][];
  countLines: number;
  axisHeight: number;
}

// Generous for most sans-serifs. The counts are bold, and wider: "people" in bold DejaVu Sans (the
// widest system font we have met) is 0.64 em a character.
const CHAR_WIDTH = 0.56;
const BOLD_CHAR_WIDTH = 0.65;
/** No type smaller than this, however narrow the columns (the legibility tests' floor). */
const SMALLEST_TYPE = 12;

const personWord = (n: number) => (n === 1 ? 'person' : 'people');

/** "1 person", "3 people": what a dot plot's numbers are. */
export const peopleCount = (n: number) => `${n} ${personWord(n)}`;

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

/** The largest type, up to the plot's own, at which every word under the columns fits its column. */
function labelType(columns: readonly DotColumn[], room: number, fontSize: number) {
  const longest = Math.max(1, ...columns.flatMap((c) => wordsOf(c.label).map((w) => w.length)));
  const fits = Math.min(
    room / (longest * CHAR_WIDTH),
    room / (personWord(2).length * BOLD_CHAR_WIDTH),
  );
  return Math.max(Math.min(SMALLEST_TYPE, fontSize), Math.min(fontSize, Math.floor(fits)));
}

/**
 * The count, on one line where every column's fits, else its number over its word, else (where even
 * the word is wider than the column at the smallest type) the number alone. Every column alike, so
 * the answers' words start on one line.
 */
function countLabels(columns: readonly DotColumn[], room: number, size: number) {
  const fits = (text: string) => text.length * BOLD_CHAR_WIDTH * size <= room;
  if (columns.every((c) => fits(peopleCount(c.people.length))))
    return columns.map((c) => [peopleCount(c.people.length)]);
  if (fits(personWord(2)))
    return columns.map((c) => [`${c.people.length}`, personWord(c.people.length)]);
  return columns.map((c) => [`${c.people.length}`]);
}

/**
 * An answer's words wrapped to its column, less a margin. A word longer than that has a line of its
 * own; one wider than the whole column even at the smallest type is broken with a hyphen, each piece
 * on a line of its own, so it never runs into the next column's words.
 */
function answerLines(label: string, chars: number, widest: number) {
  const pieces = wordsOf(label).flatMap((word) => {
    const out: string[] = [];
    let rest = word;
    while (rest.length > widest) {
      out.push(`${rest.slice(0, widest - 1)}-`);
      rest = rest.slice(widest - 1);
    }
    return [...out, rest];
  });
  return wrapWords(pieces.join(' '), chars);
}

/**
 * A dot per person above the answer they gave: big dots for a cabinet, smaller and denser ones when a
 * large group piles onto one answer, never wider than their column.
 */
export function dotGeometry(columns: readonly DotColumn[], width: number, fontSize: number) {
  const columnWidth = width / Math.max(1, columns.length);
  const most = Math.max(1, ...columns.map((c) => c.people.length));
  const [r, step, wanted] = most <= 12 ? [8, 18, 4] : most <= 40 ? [6, 14, 5] : [3, 7, 11];
  const perRow = Math.max(1, Math.min(wanted, Math.floor((columnWidth - 4) / step)));
  const top = Math.round(fontSize * 1.25) + 4;
  const base = Math.ceil(most / perRow) * step + 8;
  // At least 4 px between one column's words and the next's.
  const room = columnWidth - 4;
  const labelSize = labelType(columns, room, fontSize);
  const lineHeight = Math.round(labelSize * 1.25);
  const chars = Math.max(2, Math.floor(room / (labelSize * CHAR_WIDTH)));
  const wholeColumn = Math.max(2, Math.floor(columnWidth / (labelSize * CHAR_WIDTH)));
  const counts = countLabels(columns, room, labelSize);
  const labels = columns.map((c, i) => [
    ...counts[i]!,
    ...answerLines(c.label, chars, wholeColumn),
  ]);
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
    labelSize,
    lineHeight,
    labels,
    countLines: counts[0]?.length ?? 1,
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
