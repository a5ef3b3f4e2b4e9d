import { useLayoutEffect, useRef, useState } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';

export interface HistoryLine {
  name: string;
  /** One value (0–100) per round; null leaves a gap (the table says "no score"). */
  values: (number | null)[];
}

interface Props {
  /** One label per round, earliest first. */
  rounds: string[];
  lines: HistoryLine[];
  height: number;
}

// Black-and-white safe: each line has its own dash pattern and marker, not just its own colour. The
// first (overall) line is the heaviest.
const STYLES = [
  { stroke: '#0b0c0c', dash: undefined, width: 3.5, marker: 'circle' },
  { stroke: '#1d3b63', dash: '8 4', width: 2, marker: 'square' },
  { stroke: '#6f2a7a', dash: '2 4', width: 2, marker: 'triangle' },
  { stroke: '#005a30', dash: '12 4 2 4', width: 2, marker: 'diamond' },
  { stroke: '#7a3b00', dash: '4 2', width: 2, marker: 'cross' },
] as const;
type Style = (typeof STYLES)[number];
const TICKS = [0, 25, 50, 75, 100];
const MARGIN = { top: 12, right: 24, bottom: 4, left: 0 };

function Marker({ x, y, style }: { x: number; y: number; style: Style }) {
  const r = 4.5;
  const common = { stroke: style.stroke, strokeWidth: 1.5, fill: '#fff' };
  switch (style.marker) {
    case 'square':
      return <rect x={x - r} y={y - r} width={r * 2} height={r * 2} {...common} />;
    case 'triangle':
      return <polygon points={`${x},${y - r} ${x + r},${y + r} ${x - r},${y + r}`} {...common} />;
    case 'diamond':
      return (
        <polygon points={`${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`} {...common} />
      );
    case 'cross':
      return (
        <path
          d={`M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`}
          stroke={style.stroke}
          strokeWidth={2}
        />
      );
    default:
      return <circle cx={x} cy={y} r={r} {...common} fill={style.stroke} />;
  }
}

/** One row per round for the chart library: the round's label and each line's value under `l<i>`. */
const rowsOf = (rounds: string[], lines: HistoryLine[]) =>
  rounds.map((round, i) => ({
    round,
    ...Object.fromEntries(lines.map((line, li) => [`l${li}`, line.values[i] ?? null])),
  }));

/**
 * Overall and section scores across rounds, one line each, drawn with the chart library (recharts).
 * This module is loaded only with the chart (React.lazy in HistoryChart), so the library's line-chart
 * code never weighs on the first load or on the pages without it. Drawn at the measured width, not
 * in a ResponsiveContainer, so the lines are there on the first paint and in print.
 */
export function HistoryLines({ rounds, lines, height }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(280, element.clientWidth));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const tick = { fontSize: 12, fill: '#0b0c0c' };
  return (
    <div ref={box} className="history-lines">
      <LineChart
        width={width}
        height={height}
        data={rowsOf(rounds, lines)}
        margin={MARGIN}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke="#d5d5d5" />
        <XAxis
          dataKey="round"
          interval="preserveStartEnd"
          minTickGap={24}
          tick={tick}
          tickLine={false}
          axisLine={{ stroke: '#0b0c0c' }}
        />
        <YAxis
          domain={[0, 100]}
          ticks={TICKS}
          width={30}
          tick={tick}
          tickLine={false}
          axisLine={false}
        />
        {lines.map((line, li) => {
          const style = STYLES[li % STYLES.length]!;
          return (
            <Line
              key={line.name}
              dataKey={`l${li}`}
              name={line.name}
              stroke={style.stroke}
              strokeWidth={style.width}
              strokeDasharray={style.dash}
              strokeLinejoin="round"
              isAnimationActive={false}
              dot={({ cx, cy, index }: { cx?: number; cy?: number; index: number }) =>
                typeof cx === 'number' && typeof cy === 'number' ? (
                  <Marker key={index} x={cx} y={cy} style={style} />
                ) : (
                  <g key={index} />
                )
              }
              activeDot={false}
            />
          );
        })}
      </LineChart>
      <ul className="history-legend">
        {lines.map((line, li) => {
          const style = STYLES[li % STYLES.length]!;
          return (
            <li key={line.name}>
              <svg width={44} height={14} aria-hidden="true" focusable="false">
                <line
                  x1={2}
                  x2={42}
                  y1={7}
                  y2={7}
                  stroke={style.stroke}
                  strokeWidth={style.width}
                  strokeDasharray={style.dash}
                />
                <Marker x={22} y={7} style={style} />
              </svg>
              {line.name}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
