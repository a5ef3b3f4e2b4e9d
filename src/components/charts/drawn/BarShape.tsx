import { xOf, type BarGeometry } from '../geometry';
import type { BarRow } from '../types';
import type { Colours } from './colours';

interface Props {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  /** The row: its index among all rows (recharts' own index skips rows with no bar). */
  payload?: { row: BarRow; i: number };
  g: BarGeometry;
  colours: Colours;
  /** Which series this bar belongs to: "then" is the earlier, hatched one. */
  dataKey?: unknown;
}

/**
 * One bar, where recharts puts it but moved under its label when labels sit above the bars, with a
 * group's lowest-to-highest line through it (white-edged, so it shows on the dark bar in print too).
 */
export function BarShape({
  x = 0,
  y = 0,
  width = 0,
  height = 0,
  fill,
  stroke,
  strokeWidth,
  payload,
  g,
  colours,
  dataKey,
}: Props) {
  // Read from the bar's own props: recharts may reuse one series' shape element for another's bar.
  const then = dataKey === 'then';
  const top = y + g.barShift;
  const range = then ? payload?.row.then?.range : payload?.row.range;
  const mid = top + height / 2;
  // Thinner than the bar, so a printed bar (8 px) still reads as a bar with a line through it.
  const thick = Math.min(4, height * 0.35);
  const edge = Math.min(6, height * 0.6);
  return (
    <g className={then ? 'chart-bar chart-bar-then' : 'chart-bar'} data-row={payload?.i}>
      <rect
        x={x}
        y={top}
        width={Math.max(0, width)}
        height={height}
        fill={fill}
        stroke={stroke}
        strokeWidth={strokeWidth}
        className={then ? 'chart-then' : 'chart-fill'}
      />
      {range && (
        <g className="chart-range-line">
          {/* A white edge under the line itself, so it shows on the dark bar in print too. */}
          {[
            { stroke: colours.edge, width: edge, className: undefined },
            { stroke: colours.text, width: thick, className: 'chart-range' },
          ].map((line) => (
            <line
              key={line.width + line.stroke}
              x1={xOf(g, range[0])}
              x2={xOf(g, range[1])}
              y1={mid}
              y2={mid}
              stroke={line.stroke}
              strokeWidth={line.width}
              className={line.className}
            />
          ))}
        </g>
      )}
    </g>
  );
}
