import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatScore } from '../../../domain/display';
import { LineMarker, lineStyle } from '../lineStyles';
import type { LineSeries } from '../types';

interface Props {
  points: string[];
  lines: LineSeries[];
  width: number;
  height: number;
  name?: string;
}

const TICKS = [0, 25, 50, 75, 100];

/** The drawing of ScoreLines: a recharts line chart on a fixed 0–100 scale, no animation. */
export function DrawnLines({ points, lines, width, height, name }: Props) {
  const data = points.map((label, i) => {
    const point: Record<string, string | number | null> = { label };
    lines.forEach((line, li) => (point[`s${li}`] = line.values[i] ?? null));
    return point;
  });
  // As many point labels as fit (about 110 px each); recharts keeps the first and the last.
  const every = Math.max(
    0,
    Math.ceil(points.length / Math.max(2, Math.floor((width - 60) / 110))) - 1,
  );
  return (
    <LineChart
      className="chart-drawn"
      width={width}
      height={height}
      data={data}
      margin={{ top: 12, right: 24, bottom: 4, left: 0 }}
      accessibilityLayer={Boolean(name)}
      role={name ? 'img' : undefined}
      title={name}
    >
      <CartesianGrid vertical={false} stroke="#d5d5d5" />
      <XAxis
        dataKey="label"
        interval={points.length > 2 ? every : 0}
        tick={{ fill: '#0b0c0c', fontSize: 12 }}
        stroke="#0b0c0c"
        padding={{ left: 16, right: 8 }}
      />
      <YAxis
        domain={[0, 100]}
        ticks={TICKS}
        width={36}
        tick={{ fill: '#0b0c0c', fontSize: 12 }}
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
      {name && (
        <Tooltip
          isAnimationActive={false}
          formatter={(v) => (typeof v === 'number' ? formatScore(v) : String(v ?? 'no score'))}
        />
      )}
    </LineChart>
  );
}
