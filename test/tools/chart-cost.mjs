// What the history page's line chart costs the main thread on a phone, in the browser: the page's
// blocking time (long tasks after the first paint, each beyond 50 ms) with the chart and with the
// chart code held back (the page then shows the chart's written values, as it does while the code
// loads), and the one task in which recharts draws the chart, the first time (its code never run
// before: a first visit) and again (a second visit in the same tab). Issue 21 asks for Lighthouse ≥ 95
// on this page; these figures say how much of the gap is the chart's own drawing.
//
// `npm run build` first, then `node test/tools/chart-cost.mjs [runs=5] [slowdown=4]`. Each run is a
// fresh browser: nothing compiled or cached from the run before.
// Functions passed to page.evaluate run in the browser.
/* global window, document, location, MutationObserver */
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { answersFromTheApp, historyOf } from './lighthouse/seeds.mjs';
import { median } from './lighthouse/figures.mjs';
import { seededPhone } from './lighthouse/phone.mjs';
import { serve } from './lighthouse/server.mjs';

const runs = Number(process.argv[2] ?? 5);
const slowdown = Number(process.argv[3] ?? 4);
const flags = JSON.parse(readFileSync(new URL('./chromium-flags.json', import.meta.url), 'utf8'));
const launch = () =>
  puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: false, args: flags });
const SURFACE = '.chart-lines .recharts-surface';

/** Long tasks, and the moment the chart's surface was put on the page, kept from the first script. */
function watch() {
  window.__tasks = [];
  window.__drawnAt = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const surface = document.querySelector('.chart-lines .recharts-surface');
    if (surface && surface !== window.__surface) {
      window.__surface = surface;
      window.__drawnAt.push(performance.now());
    }
  }).observe(document, { childList: true, subtree: true });
}

/** The long task running when the surface arrived: mutation records are delivered inside it. */
const taskAt = (tasks, at) => tasks.find(([start, length]) => start <= at && at <= start + length);

async function visit(seed, { withChart }) {
  const browser = await launch();
  try {
    const { page } = await seededPhone(browser, origin, seed, slowdown);
    if (!withChart) {
      await page.setRequestInterception(true);
      // The chart code is the only file that imports recharts' drawing: hold it back.
      page.on('request', (r) => (/\/assets\/charts-/.test(r.url()) ? r.abort() : r.continue()));
    }
    await page.evaluateOnNewDocument(watch);
    await page.goto(`${origin}/#/history`);
    if (withChart) await page.waitForSelector(SURFACE, { timeout: 60_000 });
    await new Promise((r) => setTimeout(r, 4000));
    const first = await page.evaluate(() => ({
      tasks: window.__tasks.splice(0),
      drawnAt: window.__drawnAt[0],
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    }));
    const blocking = first.tasks
      .filter(([start]) => start >= first.paint)
      .reduce((sum, [, length]) => sum + Math.max(0, length - 50), 0);
    if (!withChart) return { blocking };
    // A second visit in the same tab: away to the plan, back to the history.
    await page.evaluate(() => (location.hash = '#/plan'));
    await page.waitForFunction(() => !document.querySelector('.chart-lines'));
    await new Promise((r) => setTimeout(r, 1500));
    await page.evaluate(() => window.__tasks.splice(0));
    await page.evaluate(() => (location.hash = '#/history'));
    await page.waitForSelector(SURFACE);
    await new Promise((r) => setTimeout(r, 1500));
    const again = await page.evaluate(() => ({
      tasks: window.__tasks.splice(0),
      drawnAt: window.__drawnAt[1],
    }));
    return {
      blocking,
      firstDrawing: taskAt(first.tasks, first.drawnAt)?.[1] ?? 0,
      // 0: the drawing was no long task (under 50 ms).
      drawnAgain: taskAt(again.tasks, again.drawnAt)?.[1] ?? 0,
    };
  } finally {
    await browser.close();
  }
}

/** The median, to the millisecond. */
const middle = (values) => Math.round(median(values));
const list = (values) => values.map((v) => Math.round(v)).join(', ');

const { server, origin } = await serve();
try {
  const seeder = await launch();
  const seed = historyOf(await answersFromTheApp(seeder, origin).finally(() => seeder.close()));
  const withChart = [];
  const without = [];
  for (let i = 0; i < runs; i++) {
    withChart.push(await visit(seed, { withChart: true }));
    without.push(await visit(seed, { withChart: false }));
  }
  console.log(
    `History page (2 rounds, 5 lines), 412×823 phone, CPU ${slowdown}× slower, ${runs} fresh browsers each (median [each run], ms):`,
  );
  const blockingWith = withChart.map((r) => r.blocking);
  const blockingWithout = without.map((r) => r.blocking);
  console.log(
    `  blocking time after the first paint, with the chart:            ${middle(blockingWith)} [${list(blockingWith)}]`,
  );
  console.log(
    `  blocking time after the first paint, chart code held back:      ${middle(blockingWithout)} [${list(blockingWithout)}]`,
  );
  const firsts = withChart.map((r) => r.firstDrawing);
  const agains = withChart.map((r) => r.drawnAgain);
  console.log(
    `  the task that draws the chart, first visit:                     ${middle(firsts)} [${list(firsts)}]`,
  );
  console.log(
    `  the task that draws it again, second visit (0: under 50 ms):     ${middle(agains)} [${list(agains)}]`,
  );
} finally {
  server.close();
}
