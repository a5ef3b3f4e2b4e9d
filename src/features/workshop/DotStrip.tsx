import type { ParticipantAnswer } from '../../domain/workshop/groupView';
import { formatMean } from '../../domain/display';
import { answerLabel } from '../../domain/answerLabel';
import { scale } from './workshopContent';

interface Props {
  answers: readonly ParticipantAnswer[];
  mean: number | null;
  /** The accessible name: the same facts as the picture, in words. */
  label: string;
}

const WIDTH = 420;
const options = [...scale.options].sort((a, b) => a.value - b.value);
const COLUMN = WIDTH / options.length;
const centre = (v: number) => COLUMN / 2 + v * COLUMN;

/**
 * Each participant as a dot above the answer they gave, so the spread shows at a glance, with the
 * group's average marked by a labelled dashed line. Dots are drawn in the current text colour, so they
 * read in black and white and in the presentation's high-contrast colours alike. The words are HTML,
 * not SVG text, so they stay readable when the drawing is scaled down on a phone. No chart library.
 */
export function DotStrip({ answers, mean, label }: Props) {
  const counts = options.map((o) => answers.filter((a) => a.answer === o.value));
  const most = Math.max(1, ...counts.map((c) => c.length));
  // Big dots for a cabinet; smaller, denser ones when a large group piles onto one answer.
  const [r, step, perRow] = most <= 12 ? [8, 18, 4] : most <= 40 ? [6, 14, 5] : [3, 7, 11];
  const base = Math.ceil(most / perRow) * step + 8;

  return (
    <div className="dot-strip" role="img" aria-label={label}>
      {mean !== null && (
        <span
          className="dot-strip-mean"
          style={{ left: `${Math.min(90, Math.max(10, (centre(mean) / WIDTH) * 100))}%` }}
        >
          average {formatMean(mean)}
        </span>
      )}
      <svg viewBox={`0 0 ${WIDTH} ${base + 6}`} focusable="false" aria-hidden="true">
        <line x1={0} x2={WIDTH} y1={base} y2={base} stroke="currentColor" strokeWidth={1.5} />
        {counts.map((people, v) => (
          <g key={v}>
            {people.map((p, k) => (
              <circle
                key={k}
                cx={centre(v) + ((k % perRow) - (Math.min(people.length, perRow) - 1) / 2) * step}
                cy={base - step / 2 - 2 - Math.floor(k / perRow) * step}
                r={r}
                fill="currentColor"
              >
                <title>{`${p.label}: ${answerLabel(scale, p.answer)}`}</title>
              </circle>
            ))}
            <line x1={centre(v)} x2={centre(v)} y1={base} y2={base + 6} stroke="currentColor" />
          </g>
        ))}
        {mean !== null && (
          <line
            x1={centre(mean)}
            x2={centre(mean)}
            y1={0}
            y2={base}
            stroke="currentColor"
            strokeWidth={2}
            strokeDasharray="5 4"
          />
        )}
      </svg>
      <div className="dot-strip-scale">
        {counts.map((people, v) => (
          <span key={v}>
            <strong>{people.length}</strong> {options[v]!.label}
          </span>
        ))}
      </div>
    </div>
  );
}
