import { formatMean } from '../../../domain/display';
import { scale } from '../workshopContent';

const top = Math.max(...scale.options.map((o) => o.value));
const WIDTH = 400;
const PAD = 14;
const x = (v: number) => PAD + (v / top) * (WIDTH - 2 * PAD);

/**
 * The range of a group's answers (lowest to highest, a thick line) and its average (a ring), on the
 * 0–4 scale. Drawn in the current text colour for the projector's high contrast.
 */
export function RangeBar({
  min,
  max,
  mean,
  label,
}: {
  min: number | null;
  max: number | null;
  mean: number | null;
  label: string;
}) {
  return (
    <svg className="range-bar" viewBox={`0 0 ${WIDTH} 48`} role="img" aria-label={label}>
      <line
        x1={x(0)}
        x2={x(top)}
        y1={17}
        y2={17}
        stroke="currentColor"
        strokeWidth={1}
        strokeDasharray="2 4"
      />
      {scale.options.map((o) => (
        <g key={o.value}>
          <line
            x1={x(o.value)}
            x2={x(o.value)}
            y1={11}
            y2={23}
            stroke="currentColor"
            strokeWidth={1}
          />
          <text x={x(o.value)} y={44} textAnchor="middle" fontSize={13} fill="currentColor">
            {o.value}
          </text>
        </g>
      ))}
      {min !== null && max !== null && (
        <line
          x1={x(min)}
          x2={x(max)}
          y1={17}
          y2={17}
          stroke="currentColor"
          strokeWidth={8}
          strokeLinecap="round"
        />
      )}
      {mean !== null && (
        <circle cx={x(mean)} cy={17} r={10} fill="black" stroke="currentColor" strokeWidth={4}>
          <title>average {formatMean(mean)}</title>
        </circle>
      )}
    </svg>
  );
}
