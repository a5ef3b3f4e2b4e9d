import { waitFor } from '@testing-library/react';

/** The chart kit's drawing once the chart code has arrived: the recharts surface inside `within`. */
export async function drawnChart(within: HTMLElement): Promise<SVGSVGElement> {
  return waitFor(
    () => {
      const svg = within.querySelector<SVGSVGElement>('svg.recharts-surface');
      if (!svg) throw new Error('The chart is not drawn yet');
      return svg;
    },
    { timeout: 10_000 },
  );
}

/** Each drawn row's words as a reader sees them: the label, then the value(s) at the end of the row. */
export const drawnRows = (svg: SVGSVGElement) => {
  const labels = [...svg.querySelectorAll('text.chart-label')].map((t) =>
    [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '),
  );
  const values = [...svg.querySelectorAll('.chart-row-value')].map((g) =>
    [...g.querySelectorAll('text')].map((t) => t.textContent).join(' '),
  );
  return labels.map((label, i) => `${label} ${values[i]}`);
};

/** The drawn "now" bars, then bars and range lines. */
export const drawnBars = (svg: SVGSVGElement) => ({
  now: svg.querySelectorAll('.chart-bar:not(.chart-bar-then) rect'),
  then: svg.querySelectorAll('.chart-bar-then rect'),
  ranges: [...svg.querySelectorAll<SVGLineElement>('line.chart-range')],
});
