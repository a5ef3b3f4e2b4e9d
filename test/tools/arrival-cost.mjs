// What the group results page (a workshop of 30) costs the main thread as it arrives on a phone: how
// many times the browser lays the page out, the time spent laying out, running script and busy in all,
// and the blocking time (each task beyond 50 ms), read from Chromium's own trace at 4× slowdown. Issue
// 21 asks for Lighthouse ≥ 97 on this page, whose gap was React's work as the page's parts arrive, not
// its charts (docs/performance.md, "The group results as they arrive").
//
// The trace is taken with Lighthouse's own categories: they record each style invalidation and forced
// layout with the script that caused it, which makes a style or layout read in script far dearer than
// without them, and Lighthouse times the page as that trace shows it ("Charts measured in the frame").
// `forced in script` is the time the browser spent working out styles and layout for a script that
// asked (a size or a computed style read before the frame's own layout).
//
// `npm run build` first, then `node test/tools/arrival-cost.mjs [runs=5] [slowdown=4]`. Each run is a
// fresh browser: nothing compiled or cached from the run before.
import puppeteer from 'puppeteer-core';
import LighthouseTrace from 'lighthouse/core/gather/gatherers/trace.js';
import { readFileSync } from 'node:fs';
import { WORKSHOP_ID, workshopOf } from './lighthouse/seeds.mjs';
import { median } from './lighthouse/figures.mjs';
import { seededPhone } from './lighthouse/phone.mjs';
import { serve } from './lighthouse/server.mjs';

const runs = Number(process.argv[2] ?? 5);
const slowdown = Number(process.argv[3] ?? 4);
const flags = JSON.parse(readFileSync(new URL('./chromium-flags.json', import.meta.url), 'utf8'));
const WAIT_MS = 6000;

/**
 * The page's main thread: of the renderers' main threads, the one that ran the most tasks (the
 * service worker's thread can be busier, so it is left out by name).
 */
function mainThread(events) {
  const renderers = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.name !== 'RunTask' || e.ph !== 'X' || !renderers.has(key)) continue;
    busy.set(key, (busy.get(key) ?? 0) + e.dur);
  }
  const [key] = [...busy].sort((a, b) => b[1] - a[1])[0];
  return events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X');
}

async function visit(seed) {
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: false,
    args: flags,
  });
  try {
    const { page } = await seededPhone(browser, origin, seed, slowdown);
    await page.tracing.start({ categories: LighthouseTrace.getDefaultTraceCategories() });
    await page.goto(`${origin}/#/workshops/${WORKSHOP_ID}/results`);
    await new Promise((r) => setTimeout(r, WAIT_MS));
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
    const main = mainThread(trace.traceEvents);
    const ms = (name) =>
      main.filter((e) => e.name === name).reduce((sum, e) => sum + e.dur, 0) / 1000;
    const tasks = main.filter((e) => e.name === 'RunTask').map((e) => e.dur / 1000);
    const calls = main.filter((e) => e.name === 'FunctionCall' || e.name === 'v8.callFunction');
    const inScript = (e) => calls.some((c) => c.ts <= e.ts && e.ts + e.dur <= c.ts + c.dur);
    const forced = main
      .filter((e) => (e.name === 'UpdateLayoutTree' || e.name === 'Layout') && inScript(e))
      .reduce((sum, e) => sum + e.dur / 1000, 0);
    return {
      layouts: main.filter((e) => e.name === 'Layout').length,
      layout: ms('Layout'),
      script: ms('FunctionCall') + ms('EvaluateScript') + ms('v8.evaluateModule'),
      forced,
      busy: tasks.reduce((sum, d) => sum + d, 0),
      blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    };
  } finally {
    await browser.close();
  }
}

/** The median, to the millisecond. */
const middle = (values) => Math.round(median(values));

const { server, origin } = await serve();
try {
  const seed = workshopOf(30);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await visit(seed));
  console.log(
    `Group results (30 members) arriving, 412×823 phone, CPU ${slowdown}× slower, ${runs} fresh browsers (median [each run]; times in ms, the whole load):`,
  );
  const rows = [
    ['layouts of the page', 'layouts'],
    ['laying out', 'layout'],
    ['running script', 'script'],
    ['forced in script', 'forced'],
    ['main thread busy', 'busy'],
    ['blocking (each task beyond 50 ms)', 'blocking'],
  ];
  for (const [label, key] of rows) {
    const values = results.map((r) => r[key]);
    console.log(
      `  ${label.padEnd(36)} ${middle(values)} [${values.map((v) => Math.round(v)).join(', ')}]`,
    );
  }
} finally {
  server.close();
}
