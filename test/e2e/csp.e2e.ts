import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, watchConsoleErrors, watchCsp } from './browser';
import { browserForFile } from './fileBrowser';
import { drawCharts, waitForHeading, waitForSectionBars } from './journey';

const browser = browserForFile();

const SECTIONS = ['climate', 'leading', 'ambitions', 'delivery'];

interface Build {
  name: string;
  url: () => string;
  /** Requests the build may make: its own files. Anything else is a request to another origin. */
  isOwn: (url: string) => boolean;
  /** Directives this build's policy must have besides default-src, object-src and base-uri. */
  required: RegExp[];
}

const builds: Build[] = [
  {
    name: 'hosted build, served from a sub-path',
    url: baseUrl,
    isOwn: (url) => url.startsWith(new URL(baseUrl()).origin),
    // Its own files, and the built page's two small inline scripts by their hashes (src/build/prerender).
    required: [
      /script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*'){2};/,
      /style-src 'self';/,
      /worker-src 'self';/,
    ],
  },
  {
    name: 'single-file build, opened from disk',
    url: () => inject('singleFileUrl'),
    isOwn: (url) => url.split('#')[0] === inject('singleFileUrl') || url.startsWith('data:'),
    // The app's script, the page's two small ones and one stylesheet, each allowed by its hash alone.
    required: [
      /script-src( 'sha256-[A-Za-z0-9+/]+=*'){3};/,
      /style-src 'sha256-[A-Za-z0-9+/]+=*';/,
      /worker-src 'none';/,
    ],
  },
];

async function go(page: Page, build: Build, hash: string, heading: string) {
  await page.goto(build.url() + hash);
  await waitForHeading(page, heading);
}

async function policyOf(page: Page) {
  return page.evaluate(
    () =>
      document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute('content') ?? '',
  );
}

describe.each(builds)('Content-Security-Policy: $name', (build) => {
  let context: BrowserContext;
  let violations: string[];
  let consoleErrors: string[];
  const foreign: string[] = [];

  beforeAll(async () => {
    context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    violations = await watchCsp(context);
    consoleErrors = watchConsoleErrors(context);
    context.on('request', (request) => {
      if (!build.isOwn(request.url())) foreign.push(request.url());
    });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('carries a strict policy in the page', async () => {
    const page = await context.newPage();
    await go(page, build, '', "Council Leaders' Key Actions for Innovation");
    const policy = await policyOf(page);
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'"])
      expect(policy).toContain(directive);
    for (const directive of build.required) expect(policy).toMatch(directive);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    await page.close();
  });

  it('runs every page of the journey with no violation, console error or foreign request', async () => {
    const page = await context.newPage();
    await go(page, build, '', "Council Leaders' Key Actions for Innovation");
    await page.getByRole('link', { name: 'Start now' }).click();
    await waitForHeading(page, 'About you');
    await page.getByLabel('Your name').fill('A Leader');
    await page.getByRole('button', { name: 'Continue' }).click();
    for (const [i, section] of SECTIONS.entries()) {
      await go(page, build, `#/section/${section}`, 'Section');
      for (const group of await page.locator('fieldset').all())
        await group
          .getByRole('radio')
          .nth(i + 1)
          .check();
      await page.getByLabel('What makes you say that?').first().fill(`A note on ${section}`);
    }
    await go(page, build, '#/check', 'Check your answers');
    await go(page, build, '#/results', 'Your results');
    expect(await drawCharts(page)).toBe(4); // sections, gaps, areas, behaviours
    await go(page, build, '#/plan', 'Plan your next steps');
    await go(page, build, '#/summary', 'Your action summary');
    await waitForSectionBars(page);
    await go(page, build, '#/your-data', 'Save, move and compare');
    await go(page, build, '#/about', 'About the research');
    await go(page, build, '#/privacy', 'Privacy');
    // and a fresh load straight onto the results
    await page.reload();
    await go(page, build, '#/results', 'Your results');
    expect(await drawCharts(page)).toBe(4); // sections, gaps, areas, behaviours

    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('blocks inline script and eval (the policy is really in force)', async () => {
    const page = await context.newPage();
    await go(page, build, '#/privacy', 'Privacy');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      // From a page task, not from the test's own evaluation, which the browser exempts.
      setTimeout(() => {
        try {
          eval('window.__evalRan = true');
        } catch {
          // blocked, as it should be
        }
      });
    });
    await expect.poll(() => violations.length).toBe(2);
    expect(
      await page.evaluate(() => [
        (window as { __inlineRan?: boolean }).__inlineRan ?? false,
        (window as { __evalRan?: boolean }).__evalRan ?? false,
      ]),
    ).toEqual([false, false]);
    expect(violations.map((v) => v.split(' ')[0]).sort()).toEqual([
      'script-src',
      'script-src-elem',
    ]);
    violations.length = 0;
    consoleErrors.length = 0;
    await page.close();
  });
});
