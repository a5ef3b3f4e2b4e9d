import { useLayoutEffect, useRef, useState } from 'react';

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
const MARGIN = { top: 12, right: 18, bottom: 30, left: 36 };

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

/** Runs of consecutive scored rounds: a round without a score breaks the line. */
function segments(values: (number | null)[]): { i: number; v: number }[][] {
  const runs: { i: number; v: number }[][] = [];
  let run: { i: number; v: number }[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push({ i, v });
  });
  if (run.length) runs.push(run);
  return runs;
}

/**
 * Overall and section scores across rounds, one line each. Drawn as plain SVG rather than with the
 * chart library: straight lines on a fixed 0–100 scale need no library, so the chart draws at once and
 * keeps the library's line-chart code (about 25 kB gzip) out of the app.
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

  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const x = (i: number) =>
    MARGIN.left + (rounds.length === 1 ? plotW / 2 : (i / (rounds.length - 1)) * plotW);
  const y = (v: number) => MARGIN.top + plotH - (v / 100) * plotH;
  // As many date labels as fit (about 110 px each), always the first and the last.
  const every = Math.max(1, Math.ceil(rounds.length / Math.max(2, Math.floor(plotW / 110))));
  const labelled = rounds.map(
    (_, i) => i === rounds.length - 1 || (i % every === 0 && rounds.length - 1 - i >= every / 2),
  );

  return (
    <div ref={box} className="history-lines">
      <svg width={width} height={height} aria-hidden="true" focusable="false">
        {TICKS.map((t) => (
          <g key={t}>
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(t)} y2={y(t)} stroke="#d5d5d5" />
            <text
              x={MARGIN.left - 6}
              y={y(t)}
              dy="0.32em"
              textAnchor="end"
              fontSize={12}
              fill="#0b0c0c"
            >
              {t}
            </text>
          </g>
        ))}
        {rounds.map((label, i) =>
          labelled[i] ? (
            <text
              key={i}
              x={x(i)}
              y={height - 8}
              textAnchor={
                rounds.length > 1 && i === 0
                  ? 'start'
                  : i === rounds.length - 1 && rounds.length > 1
                    ? 'end'
                    : 'middle'
              }
              fontSize={12}
              fill="#0b0c0c"
            >
              {label}
            </text>
          ) : null,
        )}
        {lines.map((line, li) => {
          const style = STYLES[li % STYLES.length]!;
          return (
            <g key={line.name}>
              {segments(line.values).map((run) => (
                <polyline
                  key={run[0]!.i}
                  points={run.map((p) => `${x(p.i)},${y(p.v)}`).join(' ')}
                  fill="none"
                  stroke={style.stroke}
                  strokeWidth={style.width}
                  strokeDasharray={style.dash}
                  strokeLinejoin="round"
                />
              ))}
              {line.values.map((v, i) =>
                v === null ? null : <Marker key={i} x={x(i)} y={y(v)} style={style} />,
              )}
            </g>
          );
        })}
      </svg>
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
