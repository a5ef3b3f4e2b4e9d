import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { barsHeight } from './sizes';
import { wrappedTick } from './WrappedTick';

export interface BarRow {
  label: string;
  value: number;
  /** Printed at the end of the bar, so the value never depends on reading the axis. */
  valueLabel: string;
}

interface Props {
  rows: BarRow[];
  axisLabel: string;
  rowHeight?: number;
  labelWidth?: number;
}

/** One bar per row, 0–100, with its value written beside it. */
export function HorizontalBars({ rows, axisLabel, rowHeight = 46, labelWidth }: Props) {
  // Narrow screens: give the bars room by wrapping labels tighter.
  const width =
    labelWidth ?? (typeof window !== 'undefined' && window.innerWidth < 640 ? 130 : 240);
  const Tick = wrappedTick(Math.floor(width / 7), 'end');
  return (
    <ResponsiveContainer width="100%" height={barsHeight(rows.length, rowHeight)}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: 5, right: 48, bottom: 25, left: 5 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          label={{ value: axisLabel, position: 'insideBottom', offset: -15, fill: '#0b0c0c' }}
        />
        <YAxis type="category" dataKey="label" width={width} interval={0} tick={Tick} />
        <Bar
          dataKey="value"
          fill="#1d3b63"
          isAnimationActive={false}
          minPointSize={3}
          barSize={Math.min(24, rowHeight - 14)}
        >
          <LabelList dataKey="valueLabel" position="right" fill="#0b0c0c" fontSize={13} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
