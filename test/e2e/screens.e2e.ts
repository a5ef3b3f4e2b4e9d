import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, newPage, openContext, screenshot, screenshotDir } from './browser';
import { browserForFile } from './fileBrowser';
import { eightPersonWorkshop } from './eight-person';
import { FIVE_PLAN_ITEMS, savedAssessment, seedAssessment } from './fixtures';
import { waitForHeading } from './journey';
import { at, importWorkshop } from './workshop-helpers';

// Every page a leader or a facilitator reads, at a 13" laptop, a phone and a projector, saved to
// test-results/screenshots/screens-* for a person to look at; each checked with axe as it is.

const SIZES = [
  [1280, 800],
  [390, 844],
  [1920, 1080],
] as const;

const browser = browserForFile();

const pages = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

async function look(page: Page, name: string) {
  expect(await axeViolations(page), name).toEqual([]);
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `screens-${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('every page, at each size', () => {
  it('a leader: landing, a section, results, plan, summary and its printed pages', async () => {
    const { context } = await openContext(browser(), { width: 1280, height: 800 });
    const page = await newPage(context);
    await seedAssessment(page, savedAssessment(undefined, { plan: FIVE_PLAN_ITEMS }));
    for (const [hash, heading, name] of [
      ['#/', "Council Leaders' Key Actions for Innovation", 'landing'],
      ['#/section/climate', 'Create the climate for innovation', 'section'],
      ['#/results', 'Your results', 'results'],
      ['#/plan', 'Plan your next steps', 'plan'],
      ['#/summary', 'Your action summary', 'summary'],
    ] as const) {
      await page.goto(at(page, hash));
      await waitForHeading(page, heading);
      await look(page, name);
    }
    const pdf = `${screenshotDir}screens-summary.pdf`;
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect(pages(pdf)).toBe(2);
    execFileSync('pdftoppm', ['-png', '-r', '80', pdf, `${screenshotDir}screens-summary-pdf`]);
    await context.close();
  });

  it('a facilitator: group results, the group summary and its printed pages, three slides', async () => {
    const { context } = await openContext(browser(), { width: 1280, height: 800 });
    const page = await newPage(context, '#/workshops');
    const id = await importWorkshop(page, eightPersonWorkshop());
    await page.goto(at(page, `#/workshops/${id}/results`));
    await waitForHeading(page, 'Group results');
    await look(page, 'group-results');
    await page.goto(at(page, `#/workshops/${id}/summary`));
    // The heading alone can be met by the page just left or by the summary before its bars are
    // drawn; the screenshot waits for the summary's own bars.
    await waitForHeading(page, 'Cabinet of eight');
    await page
      .locator('.group-summary .chart-bar line.chart-range')
      .first()
      .waitFor({ state: 'attached' });
    await look(page, 'group-summary');
    // The members' range crosses the dark bar: a white edge keeps it visible in black and white.
    expect(
      await page
        .locator('.group-summary .chart-range-line line')
        .first()
        .evaluate((e) => [
          e.getAttribute('stroke'),
          Number(e.getAttribute('stroke-width')) >
            Number(e.nextElementSibling!.getAttribute('stroke-width')),
        ]),
    ).toEqual(['#fff', true]);
    const pdf = `${screenshotDir}screens-group-summary.pdf`;
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    expect(pages(pdf)).toBeLessThanOrEqual(3);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      pdf,
      `${screenshotDir}screens-group-summary-pdf`,
    ]);

    await page.goto(at(page, `#/workshops/${id}/present`));
    await page.locator('.presentation .slide').waitFor();
    for (let i = 0; i < 13; i++) {
      if ([1, 2, 12].includes(i)) {
        const name = `slide-${String(i + 1).padStart(2, '0')}`;
        for (const [width, height] of [...SIZES, [844, 390]] as const) {
          await page.setViewportSize({ width, height });
          await screenshot(page, `screens-${name}-${width}x${height}`);
        }
        await page.setViewportSize({ width: 1280, height: 800 });
      }
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(30);
    }
    await context.close();
  });
});
