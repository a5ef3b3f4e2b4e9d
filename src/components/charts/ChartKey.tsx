import { useId, type ReactNode } from 'react';
import { Hatch } from './Hatch';

/** The small drawings a chart's key names, each the same as in the chart. */
export type KeyEntry =
  | { kind: 'bar'; label: string }
  | { kind: 'then'; label: string }
  | { kind: 'marker'; label: string }
  | { kind: 'range'; label: string }
  | { kind: 'line'; label: string; swatch: ReactNode };

const SWATCH = { width: 26, height: 14, 'aria-hidden': true, focusable: false } as const;

function Swatch({ entry }: { entry: KeyEntry }) {
  switch (entry.kind) {
    case 'bar':
      return (
        <svg {...SWATCH}>
          <rect x={1} y={2} width={24} height={10} className="chart-fill" />
        </svg>
      );
    case 'then':
      return <ThenSwatch />;
    case 'marker':
      return (
        <svg {...SWATCH}>
          <line x1={13} x2={13} y1={0} y2={14} className="chart-marker" />
        </svg>
      );
    case 'range':
      return (
        <svg {...SWATCH}>
          <line x1={1} x2={25} y1={7} y2={7} className="chart-range" />
        </svg>
      );
    default:
      return entry.swatch;
  }
}

function ThenSwatch() {
  const id = useId();
  return (
    <svg {...SWATCH}>
      <Hatch id={id} />
      <rect x={1} y={2} width={24} height={10} className="chart-then" fill={`url(#${id})`} />
    </svg>
  );
}

/**
 * A chart's key, in the page's own words: the axis, then each thing drawn and its name. HTML, so it is
 * there (and readable) before the chart code arrives and wraps on a phone.
 */
export function ChartKey({ axisLabel, entries }: { axisLabel: string; entries: KeyEntry[] }) {
  return (
    <p className="chart-key">
      {axisLabel}
      {entries.map((entry) => (
        <span key={entry.kind + entry.label} className="chart-key-entry">
          {'. '}
          <Swatch entry={entry} /> {entry.label}
        </span>
      ))}
    </p>
  );
}
