import type { CSSProperties } from 'react';

export interface BarRow {
  label: string;
  /** 0–100; null for "no score", which draws no bar at all, so it never looks like a zero. */
  value: number | null;
  /** Written at the end of the bar, so the value never depends on reading the axis. */
  valueLabel: string;
  /** Lowest to highest (a group's members), drawn as a line through the bar. */
  range?: [number, number] | null;
}

interface Props {
  rows: BarRow[];
  axisLabel: string;
  /** A reference line across every row, named in the key under the axis. */
  marker?: { value: number; label: string };
}

const TICKS = [0, 25, 50, 75, 100];

/**
 * One bar per row on a 0–100 scale, with its value written beside it. Plain HTML and CSS rather than the
 * chart library: bars need no measuring, so they draw at once, reflow on a phone (label above the bar),
 * print crisply, and keep about 20 kB gzip of chart code out of the app.
 */
export function HorizontalBars({ rows, axisLabel, marker }: Props) {
  return (
    <div className="hbars">
      {rows.map((row, i) => (
        <div className="hbar-row" key={`${i}-${row.label}`}>
          <span className="hbar-label">{row.label}</span>
          <span className="hbar-track">
            {/* At least a sliver, so a zero still shows where the bar starts. */}
            {row.value !== null && (
              <span
                className="hbar-fill"
                style={{ width: `${Math.max(0.6, Math.min(100, row.value))}%` }}
              />
            )}
            {row.range && (
              <span
                className="hbar-range"
                style={{ left: `${row.range[0]}%`, width: `${row.range[1] - row.range[0]}%` }}
              />
            )}
            {marker && <span className="hbar-marker" style={{ left: `${marker.value}%` }} />}
          </span>
          <span className={row.value === null ? 'hbar-value hbar-none' : 'hbar-value'}>
            {row.valueLabel}
          </span>
        </div>
      ))}
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
