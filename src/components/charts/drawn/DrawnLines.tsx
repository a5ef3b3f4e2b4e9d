import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatScore } from '../../../domain/display';
import { LineMarker, lineStyle } from '../lineStyles';
import type { LineSeries } from '../types';
import { LineEndLabels } from './LineEndLabels';
import { PlainTick, type TickProps } from './PlainTick';

interface Props {
  points: string[];
  lines: LineSeries[];
  width: number;
  height: number;
  /** The page's body text size: the axes and end labels are written as large. */
  fontSize: number;
  name?: string;
}

const TICKS = [0, 25, 50, 75, 100];

/**
 * The end labels' column: about a third of the chart, and on a phone still wide enough for the longest
 * word of a section's title ("innovation") in body text.
 */
export const endColumn = (width: number, fontSize: number) =>
  Math.round(Math.min(230, Math.max(fontSize * 8.5, width * 0.3)));

/**
 * The drawing of ScoreLines: a recharts line chart on a fixed 0–100 scale, no animation, each line's
 * last score written at its end. The points are keyed by their place, not their label: two rounds on
 * the same day have the same label.
 */
export function DrawnLines({ points, lines, width, height, fontSize, name }: Props) {
  const data = points.map((label, i) => {
    const point: Record<string, string | number | null> = { i, label };
    lines.forEach((line, li) => (point[`s${li}`] = line.values[i] ?? null));
    return point;
  });
  const column = endColumn(width, fontSize);
  const axisWidth = Math.round(fontSize * 2.6);
  // As many point labels as fit ("12 Mar 2027" is about 7 characters wide), the first and last always.
  const fit = Math.max(2, Math.floor((width - column - axisWidth) / (fontSize * 7.5)));
  const every = Math.max(0, Math.ceil((points.length - 1) / (fit - 1)) - 1);
  const labelOf = (i: unknown) => points[Number(i)] ?? '';
  return (
    <LineChart
      className="chart-drawn"
      width={width}
      height={height}
      data={data}
      margin={{ top: 12, right: column, bottom: 4, left: 0 }}
      accessibilityLayer={Boolean(name)}
      role={name ? 'img' : undefined}
      title={name}
    >
      <CartesianGrid vertical={false} stroke="#d5d5d5" />
      <XAxis
        dataKey="i"
        tickFormatter={labelOf}
        interval={points.length > 2 ? every : 0}
        height={Math.round(fontSize * 2)}
        tick={(p: TickProps) => <PlainTick {...p} fontSize={fontSize} fill="#0b0c0c" />}
        stroke="#0b0c0c"
        padding={{ left: 16, right: 8 }}
      />
      <YAxis
        domain={[0, 100]}
        ticks={TICKS}
        width={axisWidth}
        interval={0}
        tick={(p: TickProps) => <PlainTick {...p} fontSize={fontSize} fill="#0b0c0c" />}
        stroke="#0b0c0c"
      />
      {lines.map((line, li) => {
        const style = lineStyle(li);
        return (
          <Line
            key={line.name}
            className="chart-line"
            dataKey={`s${li}`}
            name={line.name}
            stroke={style.stroke}
            strokeWidth={style.width}
            strokeDasharray={style.dash}
            connectNulls={false}
            isAnimationActive={false}
            dot={(p: { cx?: number; cy?: number; index: number; value?: number | null }) =>
              p.value == null || p.cx == null || p.cy == null ? (
                <g key={p.index} />
              ) : (
                <LineMarker key={p.index} x={p.cx} y={p.cy} style={style} />
              )
            }
            activeDot={false}
          />
        );
      })}
      <LineEndLabels lines={lines} fontSize={fontSize} column={column} height={height} />
      {name && (
        <Tooltip
          isAnimationActive={false}
          labelFormatter={labelOf}
          formatter={(v) => (typeof v === 'number' ? formatScore(v) : String(v ?? 'no score'))}
        />
      )}
    </LineChart>
  );
}
