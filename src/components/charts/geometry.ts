import type { BarRow, Tone } from './types';

/** What the chart kit knows before the chart code arrives: enough to keep the chart's space. */
export interface BarGeometry {
  width: number;
  height: number;
  /** Labels above their bar (a phone, a slide) or in a column of their own to the left. */
  stacked: boolean;
  labelWidth: number;
  valueWidth: number;
  /** The 0–100 scale's left edge and length, in px. */
  plotLeft: number;
  plotWidth: number;
  top: number;
  rowHeight: number;
  axisHeight: number;
  fontSize: number;
  valueFontSize: number;
  lineHeight: number;
  barHeight: number;
  barGap: number;
  /** How far the bars sit below the middle of their row (stacked: under the label). */
  barShift: number;
  /** Stacked: where a row's label block starts, from the middle of the row. */
  labelTop: number;
  /** Labels in bold (a slide's, read from the back of the room). */
  bold: boolean;
  /** Each row's label, broken into lines that fit its column. */
  lines: string[][];
}

export interface BarOptions {
  width: number;
  /** The surrounding text's size in px (1rem on a page; the slide's own size on a slide). */
  fontSize: number;
  tone: Tone;
  paired: boolean;
  /** On a slide: the height the chart may fill (its rows spread over it). */
  fillHeight?: number;
  /** Printed: smaller type and bars, so a summary keeps to its pages. */
  compact?: boolean;
}

// Generous for a sans-serif (most letters are narrower), so a wrapped line never overflows its column.
const CHAR_WIDTH = 0.56;
const BOLD_CHAR_WIDTH = 0.62;
const TICK_GAP = 8;

/** Words broken into lines of at most `chars` characters (a longer word has a line of its own). */
export function wrapWords(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/**
 * Where everything of a horizontal bar chart goes, from its width and type size alone: the chart's
 * height is known before the chart code arrives, so the space kept for it never changes. Labels wrap
 * in their own column (or above the bar on a phone and a slide), values sit in a column at the end.
 */
export function barGeometry(rows: readonly BarRow[], options: BarOptions): BarGeometry {
  const { width, tone, paired } = options;
  const slide = tone === 'slide';
  const base = options.fontSize;
  const stacked = slide || width < 560;
  const compact = Boolean(options.compact);
  // Printed: 7.5 pt, as a table's small print, so a summary keeps to its pages.
  const fontSize = Math.round(slide ? base * 0.85 : compact ? base * 0.65 : base * 0.9);
  const valueFontSize = Math.round(slide ? base : fontSize);
  const lineHeight = fontSize * (slide ? 1.12 : compact ? 1.05 : 1.25);
  const single = Math.round(slide ? base * 0.6 : compact ? base * 0.5 : base * 1.3);
  const barHeight = paired ? Math.round(single * 0.8) : single;
  const barGap = paired ? 3 : 0;
  const barBlock = paired ? barHeight * 2 + barGap : barHeight;
  const valueWidth = Math.round(
    valueFontSize * (paired ? 8 : slide ? 4.2 : 4.6) * (slide ? BOLD_CHAR_WIDTH / 0.6 : 1),
  );
  const labelWidth = stacked
    ? 0
    : compact
      ? // As wide as the longest label needs, up to two thirds of the chart.
        Math.round(
          Math.min(
            width * 0.66,
            Math.max(...rows.map((r) => r.label.length)) * fontSize * CHAR_WIDTH + TICK_GAP + 4,
          ),
        )
      : Math.round(Math.min(17 * base, Math.max(9 * base, width * 0.32)));
  // Stacked, room for half the axis's "0" to the left of the bars.
  const plotLeft = stacked ? Math.round(valueFontSize * 0.6) : labelWidth + TICK_GAP;
  const plotWidth = Math.max(40, width - plotLeft - valueWidth - TICK_GAP);
  // Stacked, a label has the whole width above its bar and value.
  const textWidth = stacked ? width - plotLeft : labelWidth - TICK_GAP;
  const chars = Math.max(
    8,
    Math.floor(textWidth / (fontSize * (slide ? BOLD_CHAR_WIDTH : CHAR_WIDTH))),
  );
  const lines = rows.map((r) => wrapWords(r.label, chars));
  const most = Math.max(1, ...lines.map((l) => l.length));
  const pad = slide ? Math.round(base * 0.12) : compact ? 1 : 8;
  const gap = slide ? Math.round(base * 0.1) : 4;
  const labelBlock = most * lineHeight;
  const minRow = stacked
    ? labelBlock + gap + barBlock + pad * 2
    : Math.max(labelBlock, barBlock) + pad * 2;
  const axisHeight = Math.round(valueFontSize * (slide ? 1.5 : compact ? 1.4 : 1.7));
  const top = slide || compact ? 0 : 4;
  const spread =
    options.fillHeight && rows.length
      ? Math.floor((options.fillHeight - axisHeight - top) / rows.length)
      : 0;
  const rowHeight = Math.max(minRow, spread);
  // Stacked, a row's label and bars are one block in the middle of the row, the bars under the label.
  const block = labelBlock + gap + barBlock;
  const barShift = stacked ? (labelBlock + gap) / 2 : 0;
  const labelTop = stacked ? -block / 2 : 0;
  return {
    width,
    height: top + rows.length * rowHeight + axisHeight,
    stacked,
    labelWidth,
    valueWidth,
    plotLeft,
    plotWidth,
    top,
    rowHeight,
    axisHeight,
    fontSize,
    valueFontSize,
    lineHeight,
    barHeight,
    barGap,
    barShift,
    labelTop,
    lines,
    bold: slide,
  };
}

/** The x of a value on the 0–100 scale. */
export const xOf = (g: BarGeometry, value: number) =>
  g.plotLeft + (Math.max(0, Math.min(100, value)) / 100) * g.plotWidth;
