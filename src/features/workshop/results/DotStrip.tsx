import { wrapLabel } from '../../../components/charts/WrappedTick';
import type { ParticipantAnswer } from '../../../domain/workshop/groupView';
import { answerLabel } from '../../../domain/scoring/labels';
import { formatMean } from '../../../domain/workshop/format';
import { scale } from '../workshopContent';

interface Props {
  answers: readonly ParticipantAnswer[];
  mean: number | null;
  /** The accessible name: the same facts as the picture, in words. */
  label: string;
}

const WIDTH = 420;
const options = [...scale.options].sort((a, b) => a.value - b.value);
const COLUMN = WIDTH / options.length;
const TOP = 26;

/**
 * Each participant as a dot above the answer they gave, so the spread shows at a glance, with the
 * group's average marked by a labelled dashed line. Drawn in the current text colour, so it reads in
 * black and white and in the presentation's high-contrast colours alike. Plain SVG: no chart library.
 */
export function DotStrip({ answers, mean, label }: Props) {
  const counts = options.map((o) => answers.filter((a) => a.answer === o.value));
  const most = Math.max(1, ...counts.map((c) => c.length));
  // Big dots for a cabinet; smaller, denser ones when a large group piles onto one answer.
  const [r, step, perRow] = most <= 20 ? [6, 14, 5] : [3, 7, 11];
  const dotsHeight = Math.ceil(most / perRow) * step;
  const base = TOP + dotsHeight + 6;
  const centre = (v: number) => COLUMN / 2 + v * COLUMN;
  const height = base + 64;

  return (
    <svg
      className="dot-strip"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMidYMid meet"
    >
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
          <line x1={centre(v)} x2={centre(v)} y1={base} y2={base + 5} stroke="currentColor" />
          <text
            x={centre(v)}
            y={base + 20}
            textAnchor="middle"
            fontSize={14}
            fontWeight={700}
            fill="currentColor"
          >
            {people.length}
          </text>
          <text x={centre(v)} y={base + 36} textAnchor="middle" fontSize={12} fill="currentColor">
            {wrapLabel(options[v]!.label, 13).map((line, i) => (
              <tspan key={i} x={centre(v)} dy={i === 0 ? 0 : 14}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {mean !== null && (
        <g>
          <line
            x1={centre(mean)}
            x2={centre(mean)}
            y1={TOP - 6}
            y2={base}
            stroke="currentColor"
            strokeWidth={2}
            strokeDasharray="5 4"
          />
          <text
            x={Math.min(Math.max(centre(mean), 50), WIDTH - 50)}
            y={TOP - 10}
            textAnchor="middle"
            fontSize={12}
            fill="currentColor"
          >
            average {formatMean(mean)}
          </text>
        </g>
      )}
    </svg>
  );
}
