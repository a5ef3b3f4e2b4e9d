// The figures a Lighthouse run gives, their medians over several runs, and how they are printed.

/** Standing product bars (docs/performance.md): below these the run fails. */
export const BARS = { performance: 95, accessibility: 100, 'best-practices': 95 };

const category = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const metric = (lhr, id) => lhr.audits[id]?.numericValue ?? NaN;

/** One run's figures: scores out of 100, times in ms, layout shift unitless. */
export function figuresOf(lhr) {
  return {
    performance: category(lhr, 'performance'),
    accessibility: category(lhr, 'accessibility'),
    'best-practices': category(lhr, 'best-practices'),
    fcp: metric(lhr, 'first-contentful-paint'),
    lcp: metric(lhr, 'largest-contentful-paint'),
    tbt: metric(lhr, 'total-blocking-time'),
    cls: metric(lhr, 'cumulative-layout-shift'),
  };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The median of each figure on its own, and the performance scores' range. */
export function medianFigures(runs) {
  const keys = Object.keys(runs[0]);
  const medians = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]));
  const perf = runs.map((r) => r.performance);
  return { ...medians, range: [Math.min(...perf), Math.max(...perf)] };
}

/** The pages the performance bar holds for (product.md, issue 6); the others are measured and shown. */
export const PERFORMANCE_BAR_PAGES = ['Landing', 'Section', 'Results'];

export const belowBars = (name, figures) =>
  Object.entries(BARS)
    .filter(([id]) => id !== 'performance' || PERFORMANCE_BAR_PAGES.includes(name))
    .filter(([id, bar]) => figures[id] < bar)
    .map(([id, bar]) => `${id} ${figures[id]} < ${bar}`);

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (value, limit) => (limit > 0 ? `×${(value / limit).toFixed(1)}` : '');

/** One line of the table: each figure, and beside the times their ratio to the no-script limit. */
export function row(name, f, limit) {
  const cells = [
    name.padEnd(22),
    `${f.performance} [${f.range[0]}–${f.range[1]}]`.padEnd(12),
    String(f.accessibility).padEnd(5),
    String(f['best-practices']).padEnd(5),
    `${seconds(f.fcp)} ${limit ? ratio(f.fcp, limit.fcp) : ''}`.padEnd(14),
    `${seconds(f.lcp)} ${limit ? ratio(f.lcp, limit.lcp) : ''}`.padEnd(14),
    `${Math.round(f.tbt)} ms ${limit ? ratio(f.tbt, limit.tbt) : ''}`.padEnd(14),
    f.cls.toFixed(3),
  ];
  return cells.join(' ');
}

export const HEADER = [
  'page'.padEnd(22),
  'performance'.padEnd(12),
  'a11y'.padEnd(5),
  'BP'.padEnd(5),
  'FCP'.padEnd(14),
  'LCP'.padEnd(14),
  'TBT'.padEnd(14),
  'CLS',
].join(' ');

/** Issues 15's and 21's targets, stricter than the bars: printed as met or missed, never failing the run. */
export const TARGETS = {
  Landing: { performance: 100, lcp: 1200, tbt: 50 },
  Section: { performance: 97 },
  Results: { performance: 97, lcp: 2000, tbt: 100 },
  'Group results': { performance: 97 },
  // Issue 21 asked for 95. The first screen is a recharts chart, whose drawing is one task of about
  // half a second on Lighthouse's phone; with the chart code refused the page scores 98. recharts is
  // the client's, and the developers' guide says a named package is never dropped for a budget: the
  // budget gives way, and the note says so. The target is what the page measures with its chart
  // (decision 020).
  History: { performance: 80 },
};

export function targetLines(name, f) {
  const target = TARGETS[name];
  if (!target) return [];
  const lines = [];
  const say = (met, text) => lines.push(`  ${met ? 'met   ' : 'MISSED'} ${name}: ${text}`);
  if (target.performance !== undefined)
    say(
      f.performance >= target.performance,
      `performance ${f.performance} (target ≥ ${target.performance})`,
    );
  if (target.lcp !== undefined)
    say(f.lcp <= target.lcp, `LCP ${seconds(f.lcp)} (target ≤ ${seconds(target.lcp)})`);
  if (target.tbt !== undefined)
    say(f.tbt <= target.tbt, `TBT ${Math.round(f.tbt)} ms (target ≤ ${target.tbt} ms)`);
  say(
    f.accessibility === 100 && f['best-practices'] === 100,
    `accessibility ${f.accessibility}, best practices ${f['best-practices']} (target 100 and 100)`,
  );
  return lines;
}
