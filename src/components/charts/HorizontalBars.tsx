import type { CSSProperties } from 'react';
import './pairedBars.css';

export interface BarRow {
  label: string;
  /** 0–100; null for "no score", which draws no bar at all, so it never looks like a zero. */
  value: number | null;
  /** Written at the end of the bar, so the value never depends on reading the axis. */
  valueLabel: string;
  /** Lowest to highest (a group's members), drawn as a line through the bar. */
  range?: [number, number] | null;
  /** An earlier figure, drawn as an outlined bar under this one (see `pair`). */
  then?: { value: number | null; valueLabel: string };
}

interface Props {
  rows: BarRow[];
  axisLabel: string;
  /** A reference line across every row, named in the key under the axis. */
  marker?: { value: number; label: string };
  /**
   * Then and now: each row's `then` is drawn as an outlined, hatched bar under the solid "now" bar,
   * so the two read apart in black and white. The names go in the key under the axis.
   */
  pair?: { now: string; then: string };
  /**
   * The rows as a list, each bar in a list item: for a chart that is itself the list a reader goes
   * through (a slide's), `ol` where the order is a ranking. The figures are the text alternative.
   */
  list?: 'ul' | 'ol';
}

const TICKS = [0, 25, 50, 75, 100];
const width = (value: number) => `${Math.max(0.6, Math.min(100, value))}%`;

/**
 * One bar per row on a 0–100 scale, with its value written beside it. Plain HTML and CSS rather than the
 * chart library: bars need no measuring, so they draw at once, reflow on a phone (label above the bar),
 * print crisply, and keep about 20 kB gzip of chart code out of the app.
 */
export function HorizontalBars({ rows, axisLabel, marker, pair, list }: Props) {
  const bars = rows.map((row, i) => {
    const bar = <Bar key={`${i}-${row.label}`} row={row} marker={marker} pair={pair} />;
    return list ? <li key={`${i}-${row.label}`}>{bar}</li> : bar;
  });
  const List = list;
  return (
    <div className={pair ? 'hbars hbars-paired' : 'hbars'}>
      {List ? <List className="hbar-rows">{bars}</List> : bars}
      <div className="hbar-row hbar-axis" aria-hidden="true">
        <span className="hbar-label" />
        <span className="hbar-ticks">
          {TICKS.map((t) => (
            <span key={t} style={{ left: `${t}%` } as CSSProperties}>
              {t}
            </span>
          ))}
        </span>
        <span />
      </div>
      <p className="hbar-axis-label">
        {axisLabel}
        {pair && (
          <>
            . <span className="hbar-now-key" aria-hidden="true" /> {pair.now},{' '}
            <span className="hbar-then-key" aria-hidden="true" /> {pair.then}
          </>
        )}
        {marker && (
          <>
            . <span className="hbar-marker-key" aria-hidden="true" /> {marker.label}
          </>
        )}
        {rows.some((r) => r.range) && (
          <>
            . <span className="hbar-range-key" aria-hidden="true" /> lowest to highest member
          </>
        )}
      </p>
    </div>
  );
}

function Bar({ row, marker, pair }: { row: BarRow } & Pick<Props, 'marker' | 'pair'>) {
  return (
    <div className="hbar-row">
      <span className="hbar-label">{row.label}</span>
      <span className="hbar-track">
        {/* At least a sliver, so a zero still shows where the bar starts. */}
        {row.value !== null && <span className="hbar-fill" style={{ width: width(row.value) }} />}
        {pair && row.then && row.then.value !== null && (
          <span className="hbar-then" style={{ width: width(row.then.value) }} />
        )}
        {row.range && (
          <span
            className="hbar-range"
            style={{ left: `${row.range[0]}%`, width: `${row.range[1] - row.range[0]}%` }}
          />
        )}
        {marker && <span className="hbar-marker" style={{ left: `${marker.value}%` }} />}
      </span>
      {pair ? (
        <span className="hbar-value hbar-value-pair">
          <Value label={row.valueLabel} none={row.value === null} />
          {row.then && <Value label={row.then.valueLabel} none={row.then.value === null} />}
        </span>
      ) : (
        <Value label={row.valueLabel} none={row.value === null} className="hbar-value" />
      )}
    </div>
  );
}

function Value({ label, none, className }: { label: string; none: boolean; className?: string }) {
  const classes = [className, none && 'hbar-none'].filter(Boolean).join(' ');
  return <span className={classes || undefined}>{label}</span>;
}
