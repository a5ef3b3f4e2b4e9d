import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from 'recharts';
import { RADAR_HEIGHT } from './sizes';
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
  /** A fixed size, for print: a responsive chart cannot measure itself while the page is printed. */
  size?: { width: number; height: number };
}

// Black-and-white safe: series differ by line style and fill, not colour alone.
const STROKES = ['#1d3b63', '#0b0c0c', '#6f2a7a'];
// Recharts gives each label the anchor for its side of the web (end on the left, start on the right),
// so long labels grow away from the chart instead of across it.
const WideTick = wrappedTick(20);
const NarrowTick = wrappedTick(11);

export function SectionRadar({ axes, series, size }: Props) {
  // Phone-sized screens: shorter label lines and a smaller web, so labels stay on screen.
  const narrow = !size && typeof window !== 'undefined' && window.innerWidth < 520;
  // A fixed-size (printed) chart is small too: its labels wrap as tightly as on a phone.
  const Tick = narrow || size ? NarrowTick : WideTick;
  const data = axes.map((axis, i) =>
    Object.fromEntries([['axis', axis], ...series.map((s) => [s.name, s.values[i] ?? 0])]),
  );
  const chart = (
    <RadarChart
      data={data}
      outerRadius={size ? '54%' : narrow ? '52%' : '68%'}
      accessibilityLayer={false}
      {...(size ?? {})}
    >
      <PolarGrid />
      <PolarAngleAxis dataKey="axis" tick={Tick} />
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
  return size ? (
    chart
  ) : (
    <ResponsiveContainer width="100%" height={RADAR_HEIGHT}>
      {chart}
    </ResponsiveContainer>
  );
}
