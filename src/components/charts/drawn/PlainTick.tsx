/** What recharts hands an axis's tick renderer (the parts a plain tick reads). */
export interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  index?: number;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
  fill?: string;
  className?: string;
  tickFormatter?: (value: unknown, index: number) => string;
}

// Where recharts' own Text puts one line's baseline, for each vertical anchor.
const SHIFT = { start: '0.71em', middle: '0.355em', end: '0' };

/**
 * An axis tick's words as one SVG text, where recharts' own tick would write them. Recharts' tick
 * measures every word of its label in the page (a forced layout each, 0.2 s of a phone's first
 * drawing of the history chart) to wrap it; these labels are short and never wrap. Use as
 * `tick={(p: TickProps) => <PlainTick {...p} fontSize={…} fill={…} />}`, with a numeric `interval`
 * (recharts measures the ticks to choose which to show otherwise). It does not take recharts' class
 * for tick words: an axis that finds words of that class reads their type size from the page (a
 * forced style recalculation in the chart's first commit, about 60 ms of the history chart's drawing
 * in Lighthouse's trace) and draws the chart again with it, and these ticks are sized already.
 */
export function PlainTick({
  x,
  y,
  payload,
  index = 0,
  textAnchor,
  verticalAnchor,
  tickFormatter,
  fontSize,
  fill,
}: TickProps & { fontSize: number }) {
  const value = payload?.value;
  return (
    <text
      className="chart-tick"
      x={Number(x)}
      y={Number(y)}
      dy={SHIFT[verticalAnchor ?? 'end']}
      textAnchor={textAnchor}
      fontSize={fontSize}
      fill={fill}
    >
      {tickFormatter ? tickFormatter(value, index) : String(value ?? '')}
    </text>
  );
}
