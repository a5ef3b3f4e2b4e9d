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
  /** 4 where a group of charts has a heading of its own above theirs. */
  headingLevel?: 2 | 3 | 4;
}

/** Every chart has a heading, a one-sentence summary and its data as a table behind a disclosure. */
export function ChartFrame({ id, title, summary, chart, table, headingLevel = 2 }: Props) {
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2]!;
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
