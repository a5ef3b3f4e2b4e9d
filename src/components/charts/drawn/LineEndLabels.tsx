import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { formatScore } from '../../../domain/display';
import { endLabels } from '../endLabels';
import { LineMarker, lineStyle } from '../lineStyles';
import type { LineSeries } from '../types';

interface Props {
  lines: LineSeries[];
  fontSize: number;
  /** The label column to the right of the plot, in px. */
  column: number;
  height: number;
}

// Generous for a sans-serif, as the bar labels' (geometry.ts), so a wrapped name never overflows.
const CHAR_WIDTH = 0.56;

/**
 * Each line's last score written at the end of the line, in a column to the right of the plot, with
 * the line's marker; where lines bunch, its name too, and the labels nudged apart (endLabels) with a
 * thin leader back to the point, so lines that end close together are told apart in black and white.
 */
export function LineEndLabels({ lines, fontSize, column, height }: Props) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (!x || !y || !plot) return null;
  const lineHeight = Math.round(fontSize * 1.2);
  const ends = lines.map((line) => {
    const last = line.values.findLastIndex((v) => v !== null);
    if (last < 0) return null;
    const px = x(last);
    const py = y(line.values[last]);
    if (px === undefined || py === undefined) return null;
    return { name: line.name, value: formatScore(line.values[last]!), x: px, y: py };
  });
  const left = plot.x + plot.width + 12;
  const textX = left + 14;
  const labels = endLabels(ends, {
    chars: Math.max(6, Math.floor((column - 26) / (fontSize * CHAR_WIDTH))),
    lineHeight,
    top: 0,
    bottom: height,
  });
  return (
    <g className="chart-end-labels">
      {labels.map((label, i) => {
        const end = ends[i];
        if (!label || !end) return null;
        const style = lineStyle(i);
        const first = label.middle - (label.lines.length * lineHeight) / 2 + lineHeight * 0.78;
        const markY = first - lineHeight * 0.3;
        return (
          <g key={lines[i]!.name} className="chart-end-label" data-line={i}>
            <line
              x1={end.x + 7}
              y1={end.y}
              x2={left - 2}
              y2={markY}
              stroke={style.stroke}
              strokeWidth={1}
            />
            <LineMarker x={left + 5} y={markY} style={style} />
            <text x={textX} y={first} fontSize={fontSize} fill="#0b0c0c">
              {label.lines.map((text, k) => (
                <tspan key={k} x={textX} dy={k === 0 ? 0 : lineHeight}>
                  {k === 0 ? (
                    <>
                      <tspan fontWeight={700}>{text.split(' ')[0]}</tspan>
                      {text.slice(text.split(' ')[0]!.length)}
                    </>
                  ) : (
                    text
                  )}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
}
