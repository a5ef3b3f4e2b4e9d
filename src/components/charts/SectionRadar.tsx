import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from 'recharts';
import { wrappedTick } from './WrappedTick';

export interface RadarSeries {
  name: string;
  /** One value (0–100) per axis, in axis order; null draws at 0 (the table says "no score"). */
  values: (number | null)[];
  dashed?: boolean;
  /** A finer pattern than dashed, for a third line that must differ in black and white. */
  dotted?: boolean;
  filled?: boolean;
}

interface Props {
  axes: string[];
  series: RadarSeries[];
  /** In pixels; smaller for print. */
  height?: number;
  /**
   * A fixed width in pixels instead of filling the container: for print, where the page is laid out
   * after the chart was measured on screen. Scale it down with CSS (the SVG has a viewBox).
   */
  width?: number;
}

// Black-and-white safe: series differ by line style and fill, not colour alone.
const STROKES = ['#1d3b63', '#0b0c0c', '#6f2a7a'];
// Recharts gives each label the anchor for its side of the chart, so long labels grow away from it;
// on a phone they wrap tighter and the chart draws smaller, so they stay on screen.
const Tick = wrappedTick(20);
const NarrowTick = wrappedTick(11);

export function SectionRadar({ axes, series, height = 420, width }: Props) {
  const narrow = typeof window !== 'undefined' && window.innerWidth < 640;
  const data = axes.map((axis, i) =>
    Object.fromEntries([['axis', axis], ...series.map((s) => [s.name, s.values[i] ?? 0])]),
  );
  const chart = (
    <RadarChart
      data={data}
      outerRadius={narrow ? '52%' : '68%'}
      accessibilityLayer={false}
      width={width}
      height={width === undefined ? undefined : height}
    >
      <PolarGrid />
      <PolarAngleAxis dataKey="axis" tick={narrow ? NarrowTick : Tick} />
      <PolarRadiusAxis
        domain={[0, 100]}
        angle={45}
        tickCount={5}
        tick={{ fontSize: 11, fill: '#484949' }}
      />
      {series.map((s, i) => (
        <Radar
          key={s.name}
          name={s.name}
          dataKey={s.name}
          stroke={STROKES[i % STROKES.length]}
          strokeWidth={2.5}
          strokeDasharray={s.dotted ? '2 4' : s.dashed ? '6 4' : undefined}
          // The legend draws each line with its own pattern, so it reads without colour.
          legendType="plainline"
          fill={STROKES[i % STROKES.length]}
          fillOpacity={s.filled ? 0.25 : 0}
          isAnimationActive={false}
        />
      ))}
      <Legend />
    </RadarChart>
  );
  if (width !== undefined) return chart;
  return (
    <ResponsiveContainer width="100%" height={height}>
      {chart}
    </ResponsiveContainer>
  );
}
