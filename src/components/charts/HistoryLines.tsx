import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';

export interface HistoryLine {
  name: string;
  /** One value (0–100) per round; null leaves a gap (the table says "no score"). */
  values: (number | null)[];
}

interface Props {
  /** One label per round, earliest first. */
  rounds: string[];
  lines: HistoryLine[];
  /** The deferred wrapper keeps `height` for the space it holds; the chart is told it again here. */
  chartHeight: number;
}

// Black-and-white safe: each line has its own dash pattern and marker, not just its own colour. The
// first (overall) line is the heaviest.
const STYLES = [
  { stroke: '#0b0c0c', dash: undefined, width: 3.5, dot: 'circle' },
  { stroke: '#1d3b63', dash: '8 4', width: 2, dot: 'square' },
  { stroke: '#6f2a7a', dash: '2 4', width: 2, dot: 'triangle' },
  { stroke: '#005a30', dash: '12 4 2 4', width: 2, dot: 'diamond' },
  { stroke: '#7a3b00', dash: '4 2', width: 2, dot: 'cross' },
] as const;

function marker(shape: string, color: string) {
  return function Dot({ cx, cy, index }: { cx?: number; cy?: number; index?: number }) {
    if (cx === undefined || cy === undefined) return <g key={index} />;
    const r = 4.5;
    const common = { stroke: color, strokeWidth: 1.5, fill: '#fff' };
    switch (shape) {
      case 'square':
        return <rect key={index} x={cx - r} y={cy - r} width={r * 2} height={r * 2} {...common} />;
      case 'triangle':
        return (
          <polygon
            key={index}
            points={`${cx},${cy - r} ${cx + r},${cy + r} ${cx - r},${cy + r}`}
            {...common}
          />
        );
      case 'diamond':
        return (
          <polygon
            key={index}
            points={`${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`}
            {...common}
          />
        );
      case 'cross':
        return (
          <path
            key={index}
            d={`M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx - r},${cy + r}L${cx + r},${cy - r}`}
            stroke={color}
            strokeWidth={2}
          />
        );
      default:
        return <circle key={index} cx={cx} cy={cy} r={r} {...common} fill={color} />;
    }
  };
}

/** Overall and section scores across rounds, one line each. */
export function HistoryLines({ rounds, lines, chartHeight }: Props) {
  const data = rounds.map((round, i) =>
    Object.fromEntries([['round', round], ...lines.map((l) => [l.name, l.values[i] ?? null])]),
  );
  return (
    <ResponsiveContainer width="100%" height={chartHeight}>
      <LineChart
        data={data}
        margin={{ top: 10, right: 24, bottom: 10, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#d5d5d5" />
        <XAxis
          dataKey="round"
          tick={{ fontSize: 12, fill: '#0b0c0c' }}
          interval="preserveStartEnd"
        />
        <YAxis
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          width={36}
          tick={{ fontSize: 12, fill: '#0b0c0c' }}
        />
        <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
        {lines.map((line, i) => {
          const style = STYLES[i % STYLES.length]!;
          return (
            <Line
              key={line.name}
              type="linear"
              dataKey={line.name}
              name={line.name}
              stroke={style.stroke}
              strokeWidth={style.width}
              strokeDasharray={style.dash}
              dot={marker(style.dot, style.stroke)}
              activeDot={false}
              isAnimationActive={false}
              connectNulls={false}
              // The legend draws each line in its own pattern, so it reads without colour.
              legendType="plainline"
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
