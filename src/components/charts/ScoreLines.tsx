import { useContext } from 'react';
import { ChartNameContext } from './chartName';
import { LineSwatch } from './lineStyles';
import { useDrawn } from './loadDrawn';
import type { LineSeries } from './types';
import { useChartBox } from './useChartBox';
import './charts.css';

interface Props {
  /** One label per point (a round), earliest first. */
  points: string[];
  lines: LineSeries[];
  height: number;
}

/**
 * Scores over time on the 0–100 scale, one line each (overall first), drawn by recharts: each line its
 * own dash and marker, a gap where a round has no score, its last score written at its end (with its
 * name where lines bunch: issue 25 item 17), the axes in body-size type. The key is HTML and there at
 * once; the chart's space is kept until the chart code arrives.
 */
export function ScoreLines({ points, lines, height }: Props) {
  const name = useContext(ChartNameContext);
  const [ref, box] = useChartBox('lines');
  const drawn = useDrawn(ref);
  return (
    <div className="chart-kit chart-lines">
      <div ref={ref} className="chart-box" style={{ height }}>
        {drawn ? (
          <drawn.DrawnLines
            points={points}
            lines={lines}
            width={box.width}
            height={height}
            fontSize={box.fontSize}
            name={name}
          />
        ) : (
          <p className="chart-waiting" role={name ? 'img' : undefined} aria-label={name}>
            {lines[0] &&
              `${lines[0].name}: ${lines[0].values.map((v) => (v === null ? 'no score' : Math.round(v))).join(', ')}`}
          </p>
        )}
      </div>
      <ul className="chart-line-key">
        {lines.map((line, i) => (
          <li key={line.name}>
            <LineSwatch index={i} />
            {line.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
