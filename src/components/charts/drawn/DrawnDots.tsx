import { ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { columnX, dotPositions, type DotGeometry } from '../dotGeometry';
import type { DotColumn, DotMarker, Tone } from '../types';
import { colours } from './colours';

interface Props {
  columns: DotColumn[];
  g: DotGeometry;
  marker?: DotMarker | null;
  tone: Tone;
  name: string;
}

/**
 * The drawing of AnswerDots: a recharts scatter chart in the kit's own pixel space (x across the
 * columns, y down from the top), so every dot sits where the geometry put it. The columns' words are
 * the x axis's ticks; the group's mark and the line that sets "Not sure" apart are reference lines.
 */
export function DrawnDots({ columns, g, marker, tone, name }: Props) {
  const c = colours(tone);
  const dots = dotPositions(columns, g);
  const centres = columns.map((_, i) => columnX(g, i));
  const firstOff = columns.findIndex((col) => col.offScale);
  return (
    <ScatterChart
      className="chart-drawn"
      width={g.width}
      height={g.height}
      margin={{ top: g.top, right: 0, bottom: 0, left: 0 }}
      accessibilityLayer={false}
      role="img"
      title={name}
    >
      <XAxis
        type="number"
        dataKey="x"
        domain={[0, g.width]}
        ticks={centres}
        // Every column's words, always: they are laid out to fit their column.
        interval={0}
        allowDataOverflow
        height={g.axisHeight}
        stroke={c.text}
        tickLine={{ stroke: c.text }}
        tick={(p: { x: number | string; y: number | string; index: number }) => (
          <text
            key={p.index}
            className="chart-dots-label"
            x={Number(p.x)}
            y={Number(p.y) + g.lineHeight * 0.8}
            textAnchor="middle"
            fontSize={g.labelSize}
            fill={c.text}
          >
            {(g.labels[p.index] ?? []).map((line, i) => (
              <tspan
                key={i}
                x={Number(p.x)}
                dy={i === 0 ? 0 : g.lineHeight}
                fontWeight={i < g.countLines ? 700 : undefined}
              >
                {line}
              </tspan>
            ))}
          </text>
        )}
      />
      <YAxis type="number" dataKey="y" domain={[0, g.base]} reversed hide allowDataOverflow />
      {firstOff > 0 && (
        <ReferenceLine
          x={firstOff * g.columnWidth}
          stroke={c.grid}
          strokeDasharray="3 3"
          ifOverflow="extendDomain"
        />
      )}
      <Scatter
        data={dots}
        isAnimationActive={false}
        shape={(p: { cx?: number; cy?: number; payload?: (typeof dots)[number] }) => (
          <circle className="chart-dot" cx={p.cx} cy={p.cy} r={g.r} fill={c.text}>
            <title>{`${p.payload?.person}: ${p.payload?.answer}`}</title>
          </circle>
        )}
      />
      {marker && (
        <ReferenceLine
          className="chart-dots-marker"
          x={columnX(g, marker.at)}
          stroke={c.text}
          strokeWidth={2}
          strokeDasharray="5 4"
          label={{
            value: marker.label,
            position: 'top',
            fill: c.text,
            fontSize: g.fontSize,
            fontWeight: 700,
          }}
        />
      )}
    </ScatterChart>
  );
}
