/** Where a value sits along a scale from 0 to `top`, as a percentage of the track. */
const at = (v: number, top: number) => `${(v / top) * 100}%`;

/**
 * A range (lowest to highest, a thick line) and an average (a ring) on a scale from 0 to `top`, drawn
 * in HTML so it stretches to the width of the slide without distorting the ring, and in the current
 * text colour for the projector's high contrast. The axis is drawn once per slide by RangeAxis.
 */
export function RangeBar({
  min,
  max,
  mean,
  top,
  label,
}: {
  min: number | null;
  max: number | null;
  mean: number | null;
  top: number;
  label: string;
}) {
  return (
    <span className="range-bar" role="img" aria-label={label}>
      <span className="range-track" />
      {min !== null && max !== null && (
        <span
          className="range-span"
          style={{ left: at(min, top), width: `${((max - min) / top) * 100}%` }}
        />
      )}
      {mean !== null && <span className="range-mean" style={{ left: at(mean, top) }} />}
    </span>
  );
}

/** The scale's values under the bars, once for the slide; hidden from screen readers (the key says it). */
export function RangeAxis({ ticks, top }: { ticks: readonly number[]; top: number }) {
  return (
    <span className="range-axis" aria-hidden="true">
      {ticks.map((t) => (
        <span key={t} style={{ left: at(t, top) }}>
          {t}
        </span>
      ))}
    </span>
  );
}
