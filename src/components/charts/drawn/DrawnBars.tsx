import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { Hatch } from '../Hatch';
import type { BarGeometry } from '../geometry';
import type { BarRow, Marker, Pair, Tone } from '../types';
import { colours } from './colours';
import { BarShape } from './BarShape';
import { PlainTick, type TickProps } from './PlainTick';
import { RowLabel, RowValue } from './rowText';
import { TooltipBody } from './TooltipBody';

interface Props {
  rows: BarRow[];
  g: BarGeometry;
  marker?: Marker;
  pair?: Pair;
  tone: Tone;
  /** The chart's accessible name; without one the drawing is hidden (a list beside it says it all). */
  name?: string;
}

const TICKS = [0, 25, 50, 75, 100];
// A zero is a sliver at the start of the track, so it still shows where its bar begins.
const minPointSize = (value: number | undefined | null) => (value === 0 ? 4 : 0);

/**
 * The drawing of ScoreBars: one recharts bar chart, laid out by the kit's geometry so its size is the
 * space already kept for it. Labels and values are the category axes' ticks (left and right), bars
 * are recharts bars with the kit's shape (which adds a group's range), the reference line is recharts'.
 */
export function DrawnBars({ rows, g, marker, pair, tone, name }: Props) {
  const hatch = useId();
  const c = colours(tone);
  const data = rows.map((r, i) => ({
    key: String(i),
    i,
    value: r.value,
    then: r.then?.value ?? null,
    row: r,
  }));
  const right = g.width - g.plotLeft - g.plotWidth;
  return (
    <BarChart
      className="chart-drawn"
      width={g.width}
      height={g.height}
      data={data}
      layout="vertical"
      margin={{ top: g.top, right: 0, bottom: 0, left: 0 }}
      barGap={g.barGap}
      barSize={g.barHeight}
      accessibilityLayer={Boolean(name)}
      role={name ? 'img' : undefined}
      title={name}
      aria-hidden={name ? undefined : true}
    >
      <Hatch id={hatch} />
      <CartesianGrid horizontal={false} stroke={c.grid} />
      <XAxis
        type="number"
        domain={[0, 100]}
        ticks={TICKS}
        allowDataOverflow
        height={g.axisHeight}
        interval={0}
        tick={(p: TickProps) => <PlainTick {...p} fontSize={g.valueFontSize * 0.9} fill={c.text} />}
        stroke={c.text}
        tickLine={false}
      />
      <YAxis
        yAxisId="label"
        type="category"
        dataKey="key"
        width={g.plotLeft}
        axisLine={{ stroke: c.text, strokeWidth: 2 }}
        tickLine={false}
        tick={(p: { y: number | string; index: number }) => (
          <RowLabel
            key={p.index}
            y={Number(p.y)}
            lines={g.lines[p.index] ?? []}
            g={g}
            fill={c.text}
            halo={c.edge}
          />
        )}
        interval={0}
      />
      <YAxis
        yAxisId="value"
        orientation="right"
        type="category"
        dataKey="key"
        width={right}
        axisLine={false}
        tickLine={false}
        tick={(p: { y: number | string; index: number }) => (
          <RowValue
            key={p.index}
            y={Number(p.y)}
            row={rows[p.index]!}
            g={g}
            pair={Boolean(pair)}
            fill={c.text}
          />
        )}
        interval={0}
      />
      <Bar
        yAxisId="label"
        dataKey="value"
        name={pair?.now ?? 'Score'}
        fill={c.bar}
        minPointSize={minPointSize}
        isAnimationActive={false}
        activeBar={false}
        shape={(p: object) => <BarShape {...p} g={g} colours={c} />}
      />
      {pair && (
        <Bar
          yAxisId="label"
          dataKey="then"
          name={pair.then}
          fill={`url(#${hatch})`}
          stroke={c.text}
          strokeWidth={2}
          minPointSize={minPointSize}
          isAnimationActive={false}
          activeBar={false}
          shape={(p: object) => <BarShape {...p} g={g} colours={c} />}
        />
      )}
      {marker && (
        <ReferenceLine
          yAxisId="label"
          x={marker.value}
          stroke={c.text}
          strokeWidth={2}
          strokeDasharray="6 4"
          className="chart-marker-line"
        />
      )}
      {name && (
        <Tooltip content={<TooltipBody />} cursor={{ fill: c.cursor }} isAnimationActive={false} />
      )}
    </BarChart>
  );
}
