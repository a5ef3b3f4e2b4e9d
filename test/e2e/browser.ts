import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import chromiumFlags from '../tools/chromium-flags.json';
import { testNow, testTimeZone } from '../clock';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const screenshotDir = new URL('../../test-results/screenshots/', import.meta.url).pathname;

// The same flags as the Lighthouse runs (test/tools/lighthouse.mjs), kept in one list.
export const CHROMIUM_FLAGS: string[] = chromiumFlags;

export async function launch(extraFlags: string[] = []): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS, ...extraFlags],
  });
  // Every context any test opens reads the suites' one clock setting (test/clock.ts).
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options = {}) =>
    setClock(await newContext({ timezoneId: testTimeZone, ...options }));
  return browser;
}

/**
 * Starts a context's pages at TEST_NOW, if it is set; time then runs on as usual. Only Date is moved
 * (by a fixed offset): timers, animation frames and performance.now stay real, so the suites' own
 * timings mean what they always did, and a test may still install Playwright's clock over it.
 */
async function setClock(context: BrowserContext): Promise<BrowserContext> {
  if (testNow) await context.addInitScript(shiftDate, testNow.getTime() - Date.now());
  return context;
}

/** Runs in the page: Date, and only Date, reads the real time plus `offset` milliseconds. */
function shiftDate(offset: number) {
  const RealDate = Date;
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string]));
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
}

export const baseUrl = () => inject('baseUrl');

/**
 * A fresh browser profile that records every request leaving the app's origin, so a test can assert
 * that nothing is ever sent anywhere else.
 */
export async function openContext(browser: Browser, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const origin = new URL(baseUrl()).origin;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreignRequests.push(url);
  });
  context.on('page', (page) => watchConsole(page, consoleErrors));
  return { context, foreignRequests, consoleErrors };
}

function watchConsole(page: Page, errors: string[]) {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
}

export async function newPage(context: BrowserContext, path = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}${path}`);
  return page;
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page with the WCAG 2.x A and AA rules (2.2 included). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(() =>
    // @ts-expect-error axe is injected above
    window.axe
      .run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      })
      .then((r: { violations: unknown[] }) => r.violations),
  )) as AxeViolation[];
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await drawEveryChart(page);
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
}

/**
 * Scrolls the first chart still waiting to be drawn (and laid out: one in a closed disclosure waits
 * for it to open) into view if it is off the screen, in one step inside the page, and says how many
 * wait. Found by one call and scrolled to by the next, a chart could be drawn in between, its
 * placeholder gone ("Element is not attached to the DOM").
 */
export async function goToWaitingChart(page: Page): Promise<number> {
  return page.evaluate(() => {
    const waiting = [...document.querySelectorAll('.chart-kit .chart-waiting')].filter(
      (e) => e.getClientRects().length > 0,
    );
    // Only one off the screen is scrolled to: a slide that runs on keeps its place (and its cue).
    const box = waiting[0]?.getBoundingClientRect();
    if (box && (box.bottom <= 0 || box.top >= innerHeight))
      waiting[0]!.scrollIntoView({ block: 'nearest' });
    return waiting.length;
  });
}

/**
 * A chart is drawn as the reader comes near it (decision 012): before a picture of the whole page,
 * bring each chart still waiting into view until it is drawn, then go back to where the page was.
 */
export async function drawEveryChart(page: Page) {
  const waiting = page.locator('.chart-kit .chart-waiting');
  if ((await waiting.count()) === 0) return;
  const top = await page.evaluate(() => scrollY);
  // One by one, as a reader going to each: a chart draws when the reader comes near it, and one
  // passed by before its turn waits for the reader to come back (src/components/charts/loadDrawn.ts).
  await expect
    .poll(
      async () => {
        if ((await waiting.count()) === 0) return 0;
        await goToWaitingChart(page);
        return waiting.count();
      },
      { timeout: 20_000, interval: 100 },
    )
    .toBe(0);
  await page.evaluate((top) => scrollTo(0, top), top);
}

/** A browser with a profile kept on disk, so a test can close it and open it again as a user would. */
export async function launchWithProfile(
  profileDir: string,
  viewport = { width: 1280, height: 900 },
) {
  return setClock(
    await chromium.launchPersistentContext(profileDir, {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_FLAGS,
      viewport,
      timezoneId: testTimeZone,
    }),
  );
}

/**
 * Collects every Content-Security-Policy violation in every page of the context. The listener is
 * added by the browser itself (not as a page script), so the policy under test cannot block it.
 */
export async function watchCsp(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // @ts-expect-error exposed by the test above
      window.__reportCspViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      );
    });
  });
  return violations;
}

/** Console errors and uncaught exceptions from every page of a context opened some other way. */
export function watchConsoleErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  for (const page of context.pages()) watchConsole(page, errors);
  context.on('page', (page) => watchConsole(page, errors));
  return errors;
}

/** Markup and javascript: URLs a user typed or imported must stay text: nothing runs, nothing links. */
export async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
}
