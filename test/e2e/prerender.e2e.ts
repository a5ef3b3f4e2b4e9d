import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { baseUrl, screenshot } from './browser';
import { browserForFile } from './fileBrowser';
import { WORKSHOP_ID, workshopOf } from '../tools/lighthouse/seeds.mjs';
import { HAND_WORKED_ANSWERS, savedAssessment } from './fixtures';
import { waitForHeading } from './journey';

// The built page paints the landing (and, for a link to them, about the research, privacy and the
// facilitator's guide) before any of the app's code runs; React then takes over what is there.
const TITLE = "Council Leaders' Key Actions for Innovation";
const LEAD = "Answer the leaflet's 20 questions about how you lead for innovation";

const withoutScripts = (html: string) =>
  html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<template[\s\S]*?<\/template>/g, '');

describe('the built HTML', () => {
  it.each([
    ['dist/index.html', () => join(inject('distDir'), 'index.html')],
    ['the single file', () => inject('singleFile')],
  ])('%s holds the landing page itself, outside every script and template', (_, file) => {
    const html = withoutScripts(readFileSync(file(), 'utf8'));
    const root = /<div id="root"[^>]*>([\s\S]*?)<\/div>\s*$/m.exec(html.split('</body>')[0]!);
    expect(root).not.toBeNull();
    const text = html.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'");
    expect(text).toContain(TITLE);
    expect(text).toContain(LEAD);
    expect(text).toContain('Start now');
    expect(text).toContain("The leaflet's four sections, one page each:");
  });
});

const browser = browserForFile();
let context: BrowserContext;
afterEach(async () => {
  await context?.close();
});

/**
 * A fresh profile whose page holds back the app's own scripts until `release` is called, so a test
 * can look at what is painted before they run. The inline scripts of the page itself do run.
 */
async function heldBack(saved: Record<string, string> = {}) {
  const origin = new URL(baseUrl()).origin;
  context = await browser().newContext({
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'block',
    storageState: {
      cookies: [],
      origins: [
        {
          origin,
          localStorage: Object.entries(saved).map(([name, value]) => ({ name, value })),
        },
      ],
    },
  });
  const errors: string[] = [];
  const requested: string[] = [];
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await context.route(/\/assets\/.*\.js$/, async (route) => {
    requested.push(new URL(route.request().url()).pathname.split('/').pop()!);
    await released;
    await route.continue();
  });
  await context.addInitScript(() => {
    (window as { __cls?: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) (window as { __cls?: number }).__cls! += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  // What the page asked for, including what the service worker answered from its cache (once it
  // has taken over, those requests never reach the network, nor the route above).
  const asked: string[] = [];
  page.on('request', (r) => {
    const file = new URL(r.url()).pathname;
    if (/\/assets\/.*\.js$/.test(file)) asked.push(file.split('/').pop()!);
  });
  return { page, errors, requested, asked, release };
}

/** When the page asked for the file whose address matches, or 0 if it has not. */
const startOf = (page: Page, file: RegExp) =>
  page.evaluate(
    (source) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((r) =>
        new RegExp(source).test(r.name),
      )?.startTime ?? 0,
    file.source,
  );

/** Goes to the page without waiting for its load event, which waits for the scripts held back. */
const open = (page: Page, hash: string) =>
  page.goto(`${baseUrl()}${hash}`, { waitUntil: 'commit' });
const mainText = (page: Page) => page.locator('main').innerText();
const layoutShift = (page: Page) => page.evaluate(() => (window as { __cls?: number }).__cls);

/** Lets the app's scripts run, and checks that they took the painted page over, not drew it again:
 * the heading is the same element, and it has focus; nothing moved. */
async function releaseAndExpectTakenOver(page: Page, release: () => void) {
  await page.evaluate(() => {
    (window as { __heading?: Element | null }).__heading = document.querySelector('h1');
  });
  release();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 10_000 })
    .toBe('H1');
  expect(
    await page.evaluate(
      () => (window as { __heading?: Element | null }).__heading === document.querySelector('h1'),
    ),
  ).toBe(true);
  expect(await layoutShift(page)).toBe(0);
}

describe('before the app’s code runs', () => {
  it('paints the landing, and React takes over the same page without replacing it', async () => {
    const { page, errors, release } = await heldBack();
    await open(page, '');
    await waitForHeading(page, TITLE);
    expect(await mainText(page)).toContain(LEAD);
    await expect.poll(() => page.getByRole('link', { name: 'Start now' }).isVisible()).toBe(true);
    // Both sets of buttons are in the built page; the stylesheet (which may still be arriving when
    // the DOM can be read) hides the returning visitor's.
    await expect
      .poll(() => page.getByRole('button', { name: 'Continue where you left off' }).count())
      .toBe(0);
    await screenshot(page, 'prerender-landing-before-script');
    await releaseAndExpectTakenOver(page, release);
    // The app's JavaScript is asked for only once the page is painted, so on a slow connection it
    // does not share the bandwidth with the stylesheet the paint waits for.
    const timing = await page.evaluate(() => {
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        stylesheet: resources.find((r) => /\/assets\/.*\.css$/.test(r.name))?.responseEnd ?? NaN,
        scripts: resources.filter((r) => /\/assets\/.*\.js$/.test(r.name)).map((r) => r.startTime),
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      };
    });
    expect(timing.scripts.length).toBeGreaterThan(1);
    expect(Math.min(...timing.scripts)).toBeGreaterThan(timing.stylesheet);
    // Not only after the frame is drawn but once it is on the screen: what is asked for before that
    // counts, for Lighthouse, as holding up the first paint.
    expect(Math.min(...timing.scripts)).toBeGreaterThanOrEqual(timing.firstPaint);
    await page.getByRole('link', { name: 'Start now' }).click();
    await waitForHeading(page, 'About you');
    expect(errors).toEqual([]);
  });

  it('shows a leader back after a finished round "Start your next round" from the first paint, and nothing moves', async () => {
    const { page, errors, release } = await heldBack({ 'kai.assessment': savedAssessment() });
    await open(page, '');
    await waitForHeading(page, TITLE);
    const main = page.locator('main');
    const next = main.getByRole('button', { name: 'Start your next round' });
    expect(await next.isVisible()).toBe(true);
    expect(await main.getByRole('link', { name: 'See your results' }).isVisible()).toBe(true);
    await expect.poll(() => main.getByRole('link', { name: 'Start now' }).isVisible()).toBe(false);
    expect(
      await main.getByRole('button', { name: 'Continue where you left off' }).isVisible(),
    ).toBe(false);
    await screenshot(page, 'prerender-returning-before-script');
    const before = await next.boundingBox();
    release();
    // Taken over: only the finished round's buttons are left, where they were, with the date of the
    // round written into the line kept for it (issue 25).
    await expect
      .poll(() => page.locator('[data-prerendered-for]').count(), { timeout: 10_000 })
      .toBe(0);
    expect(await main.getByRole('link', { name: 'Start now', includeHidden: true }).count()).toBe(
      0,
    );
    await main.getByText('You finished your last round on 1 November 2026.').waitFor();
    expect(await next.boundingBox()).toEqual(before);
    expect(await layoutShift(page)).toBe(0);
    await main.getByRole('button', { name: 'Start your next round' }).click();
    await main.getByRole('heading', { name: 'Start a new round' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows a visitor part-way through "Continue where you left off" from the first paint', async () => {
    const some = Object.fromEntries(
      Object.entries(HAND_WORKED_ANSWERS).filter(([id]) => id !== 'delivery.persist'),
    );
    const { page, errors, release } = await heldBack({ 'kai.assessment': savedAssessment(some) });
    await open(page, '');
    await waitForHeading(page, TITLE);
    const main = page.locator('main');
    const go = main.getByRole('button', { name: 'Continue where you left off' });
    expect(await go.isVisible()).toBe(true);
    expect(await main.getByRole('button', { name: 'Start your next round' }).isVisible()).toBe(
      false,
    );
    const before = await go.boundingBox();
    release();
    await expect
      .poll(() => page.locator('[data-prerendered-for]').count(), { timeout: 10_000 })
      .toBe(0);
    expect(await go.boundingBox()).toEqual(before);
    expect(await main.getByRole('button', { name: 'Clear my answers' }).isVisible()).toBe(true);
    expect(await layoutShift(page)).toBe(0);
    await go.click();
    await waitForHeading(page, 'Ensure priority innovations are delivered');
    expect(errors).toEqual([]);
  });

  it.each([
    ['#/about', 'About the research'],
    ['#/privacy', 'Privacy'],
    ['#/workshops/guide', 'How to run a workshop'],
  ])('paints %s itself when linked to, and takes it over', async (hash, heading) => {
    const { page, errors, release } = await heldBack();
    await open(page, hash);
    await waitForHeading(page, heading);
    expect(await mainText(page)).not.toContain(LEAD);
    await releaseAndExpectTakenOver(page, release);
    expect(errors).toEqual([]);
  });

  it('shows a link to the results only the site’s frame and "Loading…", and fetches the results code at once', async () => {
    const { page, errors, requested, release } = await heldBack({
      'kai.assessment': savedAssessment(),
    });
    await open(page, '#/results');
    await expect.poll(() => mainText(page)).toContain('Loading…');
    expect(await mainText(page)).not.toContain(LEAD);
    expect(await page.locator('h1').count()).toBe(0);
    // The results page's code is asked for beside the app's entry, not after it has run.
    await expect.poll(() => requested.some((f) => f.startsWith('results-'))).toBe(true);
    expect(requested.filter((f) => f.startsWith('workshop'))).toEqual([]);
    release();
    await waitForHeading(page, 'Your results');
    expect(await mainText(page)).toMatch(/overall score is 68 out of 100/);
    await expect.poll(() => mainText(page)).toContain('Your strengths');
    expect(await layoutShift(page)).toBe(0);
    // The offline copy's code is asked for only once the verdict is on the screen.
    await expect.poll(() => startOf(page, /\/serviceWorker-[\w-]+\.js$/)).toBeGreaterThan(0);
    const verdictShown = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          new PerformanceObserver((list) =>
            resolve(
              (list.getEntries() as (PerformanceEntry & { element: Element | null })[]).find((e) =>
                e.element?.textContent?.startsWith('Your overall score'),
              )?.startTime ?? NaN,
            ),
          ).observe({ type: 'largest-contentful-paint', buffered: true }),
        ),
    );
    expect(await startOf(page, /\/serviceWorker-[\w-]+\.js$/)).toBeGreaterThanOrEqual(verdictShown);
    expect(errors).toEqual([]);
  });

  it('fetches for a link to the group results only their code, not the forms of the other workshop pages', async () => {
    const { page, errors, requested, asked: pageAsked, release } = await heldBack(workshopOf(8));
    await open(page, `#/workshops/${WORKSHOP_ID}/results`);
    await expect.poll(() => requested.some((f) => f.startsWith('results-'))).toBe(true);
    release();
    await waitForHeading(page, 'Group results');
    await page.waitForLoadState('load');
    const asked = [...new Set([...requested, ...pageAsked])];
    expect(asked.filter((f) => f.startsWith('workshop-pages-'))).toEqual([]);
    expect(asked.filter((f) => /^workshop-[\w-]{8}\.js$/.test(f))).toHaveLength(1);
    // The workshop's own page, opened from there, brings its code then.
    await page.getByRole('link', { name: 'Back to the workshop' }).click();
    await waitForHeading(page, 'Cabinet away day');
    await expect
      .poll(() => pageAsked.filter((f) => f.startsWith('workshop-pages-')).length)
      .toBe(1);
    expect(errors).toEqual([]);
  });

  it('follows a link pressed before the app has run', async () => {
    const { page, errors, release } = await heldBack();
    await open(page, '');
    await page.getByRole('link', { name: 'Start now' }).click();
    release();
    await waitForHeading(page, 'About you');
    expect(errors).toEqual([]);
  });
});

describe('with JavaScript off', () => {
  it('the landing is still there to read', async () => {
    context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl());
    expect(await page.locator('h1').innerText()).toContain(TITLE);
    expect(await mainText(page)).toContain(LEAD);
  });
});
