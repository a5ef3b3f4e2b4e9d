// Black-and-white safe: each line has its own dash pattern and marker, not just its own colour. The
// first (overall) line is the heaviest.
export const LINE_STYLES = [
  { stroke: '#0b0c0c', dash: undefined, width: 3.5, marker: 'circle' },
  { stroke: '#1d3b63', dash: '8 4', width: 2, marker: 'square' },
  { stroke: '#6f2a7a', dash: '2 4', width: 2, marker: 'triangle' },
  { stroke: '#005a30', dash: '12 4 2 4', width: 2, marker: 'diamond' },
  { stroke: '#7a3b00', dash: '4 2', width: 2, marker: 'cross' },
] as const;
export type LineStyle = (typeof LINE_STYLES)[number];
export const lineStyle = (i: number) => LINE_STYLES[i % LINE_STYLES.length]!;

/** A line's marker at one point: a different shape for each line. */
export function LineMarker({ x, y, style }: { x: number; y: number; style: LineStyle }) {
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

/** The line and its marker, as in the chart, for the key. */
export function LineSwatch({ index }: { index: number }) {
  const style = lineStyle(index);
  return (
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
      <LineMarker x={22} y={7} style={style} />
    </svg>
  );
}
