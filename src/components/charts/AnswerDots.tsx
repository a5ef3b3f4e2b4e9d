import { dotGeometry, peopleCount } from './dotGeometry';
import { useDrawn } from './loadDrawn';
import type { DotColumn, DotMarker, Tone } from './types';
import { useChartBox } from './useChartBox';
import './charts.css';

interface Props {
  columns: DotColumn[];
  /** The group's mark (its score, on the one scale of the app), or none when nobody scored. */
  marker?: DotMarker | null;
  /** The accessible name: the same facts as the picture, in words. */
  label: string;
  tone?: Tone;
}

/**
 * An answer dot plot, drawn by recharts (decision 012): each person a dot above the answer they gave,
 * so the spread shows at a glance; under each answer how many people gave it; "Not sure" set apart at
 * the end; the group's score marked by a named dashed line. Its space is kept, with the counts in
 * words, until the chart code arrives.
 */
export function AnswerDots({ columns, marker, label, tone = 'page' }: Props) {
  const [ref, box] = useChartBox(`dots-${tone}`);
  const drawn = useDrawn(ref, tone === 'slide');
  const g = dotGeometry(columns, box.width, box.fontSize);
  return (
    <div className={`chart-kit chart-dots chart-${tone}`}>
      <div ref={ref} className="chart-box" style={{ height: g.height }}>
        {drawn && box.width > 0 ? (
          <drawn.DrawnDots columns={columns} g={g} marker={marker} tone={tone} name={label} />
        ) : (
          <p className="chart-waiting" role="img" aria-label={label}>
            {columns.map((c) => `${c.label}: ${peopleCount(c.people.length)}`).join('; ')}
          </p>
        )}
      </div>
    </div>
  );
}
