import type { CSSProperties } from 'react';

export interface BarRow {
  label: string;
  value: number;
  /** Written at the end of the bar, so the value never depends on reading the axis. */
  valueLabel: string;
}

interface Props {
  rows: BarRow[];
  axisLabel: string;
}

const TICKS = [0, 25, 50, 75, 100];

/**
 * One bar per row on a 0–100 scale, with its value written beside it. Plain HTML and CSS rather than the
 * chart library: bars need no measuring, so they draw at once, reflow on a phone (label above the bar),
 * print crisply, and keep about 20 kB gzip of chart code out of the app.
 */
export function HorizontalBars({ rows, axisLabel }: Props) {
  return (
    <div className="hbars">
      {rows.map((row, i) => (
        <div className="hbar-row" key={`${i}-${row.label}`}>
          <span className="hbar-label">{row.label}</span>
          <span className="hbar-track">
            {/* At least a sliver, so a zero still shows where the bar starts. */}
            <span
              className="hbar-fill"
              style={{ width: `${Math.max(0.6, Math.min(100, row.value))}%` }}
            />
          </span>
          <span className="hbar-value">{row.valueLabel}</span>
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
      <p className="hbar-axis-label">{axisLabel}</p>
    </div>
  );
}
