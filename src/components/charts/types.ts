/** One row of a score bar chart: a label, a 0–100 value and the value in words. */
export interface BarRow {
  label: string;
  /** 0–100; null for "no score", which draws no bar at all, so it never looks like a zero. */
  value: number | null;
  /** Written at the end of the row, so the value never depends on reading the axis. */
  valueLabel: string;
  /** Lowest to highest (a group's members), drawn as a line through the bar. */
  range?: [number, number] | null;
  /**
   * What the row says in words where the rows are also a list (a slide's): the label and value by
   * default; a row with a range says its range too.
   */
  spoken?: string;
  /**
   * The second figure of a pair (an earlier score, or the sector's median group), drawn as a hatched,
   * outlined bar under this one (see `pair`), with its own lowest to highest line if it has one.
   */
  then?: { value: number | null; valueLabel: string; range?: [number, number] | null };
}

/** A reference line across every row, named in the key. */
export interface Marker {
  value: number;
  label: string;
}

/** The names of the two series of a then-and-now chart, for the key. */
export interface Pair {
  now: string;
  then: string;
}

/** Where a chart is drawn: a page (dark on white), or a slide (white on black, the slide's type). */
export type Tone = 'page' | 'slide';

/** One line of a line chart: one value (0–100) per point; null leaves a gap. */
export interface LineSeries {
  name: string;
  values: (number | null)[];
}

/** One column of an answer dot plot: an answer in words and the people who gave it, a dot each. */
export interface DotColumn {
  label: string;
  people: string[];
  /** Off the scale ("Not sure"): set apart at the end, never part of the average. */
  offScale?: boolean;
}

/** The group's mark on a dot plot: where it sits between the scale's columns (0 = the first), named. */
export interface DotMarker {
  at: number;
  label: string;
}
