import { useContext } from 'react';
import { ChartKey, type KeyEntry } from './ChartKey';
import { ChartNameContext, ChartPrintContext, PRINT_WIDTH } from './chartName';
import { barGeometry } from './geometry';
import { useDrawn } from './loadDrawn';
import type { BarRow, Marker, Pair, Tone } from './types';
import { useChartBox } from './useChartBox';
import { usePrinting } from './usePrinting';
import './charts.css';

export type { BarRow } from './types';

interface Props {
  rows: BarRow[];
  axisLabel: string;
  /** A reference line across every row, named in the key. */
  marker?: Marker;
  /** Then and now: each row's `then` drawn hatched under the solid "now" bar; names in the key. */
  pair?: Pair;
  /**
   * The rows as a list (a slide's chart is itself the list a reader goes through): `ol` where the
   * order is a ranking. The list is the text alternative; the drawing is hidden from it.
   */
  list?: 'ul' | 'ol';
  tone?: Tone;
  /** What a row's lowest-to-highest line spans, for the key: a group's members, or the sector's groups. */
  rangeLabel?: string;
}

/**
 * Score bars on the 0–100 scale, drawn by recharts (docs/decisions/012-charts-drawn-by-recharts.md):
 * longer is better, "no score" in words with no bar, each value written at the end of its row. The
 * space is worked out here, before the chart code arrives, and kept with the values written in it,
 * so nothing moves when the bars are drawn.
 */
export function ScoreBars({
  rows,
  axisLabel,
  marker,
  pair,
  list,
  tone = 'page',
  rangeLabel = 'lowest to highest member',
}: Props) {
  const printable = useContext(ChartPrintContext);
  const printed = usePrinting(printable);
  const name = useContext(ChartNameContext);
  const [ref, box] = useChartBox(`bars-${tone}`, printed ? PRINT_WIDTH : undefined);
  const slide = tone === 'slide';
  // A slide's chart is the slide; a page made to be printed draws all of its charts.
  const drawn = useDrawn(ref, printable || slide);
  const options = {
    width: box.width,
    fontSize: box.fontSize,
    tone,
    paired: Boolean(pair),
    compact: printed,
  };
  // On a slide the rows spread over the height the heading leaves, and never get less than they need.
  const least = barGeometry(rows, options);
  const g = slide ? barGeometry(rows, { ...options, fillHeight: box.height }) : least;
  const entries: KeyEntry[] = [];
  if (pair) entries.push({ kind: 'bar', label: pair.now }, { kind: 'then', label: pair.then });
  if (marker) entries.push({ kind: 'marker', label: marker.label });
  if (rows.some((r) => r.range || r.then?.range))
    entries.push({ kind: 'range', label: rangeLabel });
  const List = list;
  // Named here when the chart has no table beside it to name it (a slide's list is its alternative).
  const label = List ? undefined : name;
  return (
    <div className={`chart-kit chart-bars chart-${tone}${printed ? ' chart-printed' : ''}`}>
      <div
        ref={ref}
        className="chart-box"
        style={slide ? { minHeight: least.height } : { height: g.height }}
      >
        {drawn && box.width > 0 ? (
          <drawn.DrawnBars rows={rows} g={g} marker={marker} pair={pair} tone={tone} name={label} />
        ) : (
          <div
            className="chart-waiting"
            role={label ? 'img' : undefined}
            aria-label={label}
            aria-hidden={label ? undefined : true}
          >
            {rows.map((r, i) => (
              <div key={i} style={{ height: g.rowHeight }}>
                {r.label}: {r.valueLabel}
                {r.then && `, ${r.then.valueLabel}`}
              </div>
            ))}
          </div>
        )}
      </div>
      {List && (
        <List className="visually-hidden">
          {rows.map((r, i) => (
            <li key={i}>{r.spoken ?? `${r.label}: ${r.valueLabel}`}</li>
          ))}
        </List>
      )}
      <ChartKey axisLabel={axisLabel} entries={entries} />
    </div>
  );
}
