import type { ReactNode } from 'react';
import { ChartNameContext } from './charts/chartName';

interface Props {
  id: string;
  title: string;
  /** One sentence saying what the chart shows; also the chart's accessible name. */
  summary: string;
  /** The chart itself (the chart kit's): a named image, the summary its name, the table its text. */
  chart: ReactNode;
  /** The same data as a table. */
  table: ReactNode;
  headingLevel?: 2 | 3;
}

/** Every chart has a heading, a one-sentence summary and its data as a table behind a disclosure. */
export function ChartFrame({ id, title, summary, chart, table, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="chart-frame" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{title}</Heading>
      <p id={`${id}-summary`}>{summary}</p>
      <div className="chart">
        <ChartNameContext value={summary}>{chart}</ChartNameContext>
      </div>
      <details>
        <summary>Show the data as a table</summary>
        <div className="table-scroll">{table}</div>
      </details>
    </section>
  );
}
