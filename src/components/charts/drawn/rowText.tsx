import type { BarGeometry } from '../geometry';
import type { BarRow } from '../types';

/** A row's label: in its own column, right-aligned and centred on the bar, or above the bar. */
export function RowLabel({
  y,
  lines,
  g,
  fill,
  halo,
}: {
  y: number;
  lines: string[];
  g: BarGeometry;
  fill: string;
  /** The background's colour, drawn round each letter: a label above its bar stays clear of the grid. */
  halo: string;
}) {
  const first = g.stacked
    ? y + g.labelTop + g.lineHeight * 0.8
    : y - (lines.length * g.lineHeight) / 2 + g.lineHeight * 0.8;
  return (
    <text
      className="chart-label"
      x={g.stacked ? g.plotLeft : g.labelWidth}
      y={first}
      textAnchor={g.stacked ? 'start' : 'end'}
      fontSize={g.fontSize}
      fontWeight={g.bold ? 700 : undefined}
      fill={fill}
      stroke={halo}
      strokeWidth={g.stacked ? 5 : 0}
      strokeLinejoin="round"
      paintOrder="stroke"
    >
      {lines.map((line, i) => (
        <tspan key={i} x={g.stacked ? g.plotLeft : g.labelWidth} dy={i === 0 ? 0 : g.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A row's value (and its earlier value), at the end of the row beside its bar; "no score" in italics. */
export function RowValue({
  y,
  row,
  g,
  pair,
  fill,
}: {
  y: number;
  row: BarRow;
  g: BarGeometry;
  pair: boolean;
  fill: string;
}) {
  const x = g.plotLeft + g.plotWidth + 8;
  const mid = y + g.barShift;
  const step = (g.barHeight + g.barGap) / 2;
  const value = (label: string, none: boolean, at: number, weight: number) => (
    <text
      className={none ? 'chart-value chart-none' : 'chart-value'}
      x={x}
      y={at}
      dy="0.35em"
      fontSize={g.valueFontSize}
      fontWeight={none ? 400 : weight}
      fontStyle={none ? 'italic' : undefined}
      fill={fill}
    >
      {label}
    </text>
  );
  return (
    <g className="chart-row-value">
      {pair && row.then ? (
        <>
          {value(row.valueLabel, row.value === null, mid - step, 700)}
          {value(row.then.valueLabel, row.then.value === null, mid + step, 400)}
        </>
      ) : (
        value(row.valueLabel, row.value === null, mid, 700)
      )}
    </g>
  );
}
