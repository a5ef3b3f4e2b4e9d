import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, newPage, openContext, screenshot, screenshotDir } from './browser';
import { browserForFile } from './fileBrowser';
import { savedAssessment, seedAssessment } from './fixtures';
import { waitForHeading } from './journey';
import { at } from './workshop-helpers';

// Issue 25, item 7: the results page in two screens. At a 13" laptop (1280×800) and a phone
// (390×844), the first two screens hold the verdict (the overall score in words), the three weakest
// areas each with its one most direct quote or recommendation, and "Plan your next steps"; the rest is
// one click away. The page's height is printed for the record.

const browser = browserForFile();

const pages = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

// The hand-worked answers' three weakest areas (assessment.e2e.ts), each with the first item the
// research matching gives it (docs/content.md: quote rank 1, else recommendation rank 1).
const WEAKEST = [
  ['Experiment, fail quickly and learn from failures', /road test it first/],
  ['Take vital, calculated risks', /mitigate the risks/],
  ['Proactively look for fresh ideas, internally and externally', /cross fertilisation/],
] as const;

/** Where each thing the first two screens must hold ends, in page pixels from the top. */
async function ends(page: Page) {
  return page.evaluate(() => {
    const bottom = (e: Element | null | undefined) =>
      e ? e.getBoundingClientRect().bottom + scrollY : Infinity;
    const region = document.querySelector('section[aria-labelledby="weakest-title"]');
    const cards = [...(region?.querySelectorAll('section.card') ?? [])];
    return {
      height: document.documentElement.scrollHeight,
      verdict: bottom(
        [...document.querySelectorAll('main p')].find((p) =>
          p.textContent?.includes('overall score is'),
        ),
      ),
      cards: cards.map((card) => ({
        title: card.querySelector('h3')?.textContent ?? '',
        lead: card.querySelector('.lead-research')?.textContent ?? '',
        end: bottom(card.querySelector('.lead-research')),
      })),
      plan: bottom(
        [...document.querySelectorAll('main a')].find(
          (a) => a.textContent === 'Plan your next steps',
        ),
      ),
      charts: [...document.querySelectorAll('.chart-frame')].map(
        (c) => c.getBoundingClientRect().top + scrollY,
      ),
    };
  });
}

describe('the results page in two screens', () => {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    it(`holds the verdict, the three weakest areas with their research and the next step (${width}×${height})`, async () => {
      const { context, consoleErrors } = await openContext(browser(), { width, height });
      const page = await newPage(context);
      await seedAssessment(page, savedAssessment());
      await page.goto(at(page, '#/results'));
      await waitForHeading(page, 'Your results');
      await page.waitForFunction(() => !document.querySelector('.render-later-pending'));
      const e = await ends(page);
      await screenshot(page, `results-two-screens-${width}x${height}`);
      const screens = (n: number) => (n / height).toFixed(2);
      console.log(
        `Results page at ${width}×${height}: ${e.height} px tall (${screens(e.height)} screens); ` +
          `verdict ends at ${e.verdict}, the third area's research at ${e.cards[2]?.end}, ` +
          `"Plan your next steps" at ${e.plan} (${screens(e.plan)} screens)`,
      );
      WEAKEST.forEach(([title], i) =>
        expect(e.cards[i]!.title).toMatch(new RegExp(`^${i + 1}\\. .*${title}$`)),
      );
      expect(e.cards).toHaveLength(3);
      // Each with its one item: a quote or a recommendation, never nothing for these three.
      WEAKEST.forEach(([, words], i) => expect(e.cards[i]!.lead).toMatch(words));
      for (const end of [e.verdict, ...e.cards.map((c) => c.end), e.plan]) {
        expect(end).toBeLessThanOrEqual(2 * height);
      }
      // No chart is drawn until the reader opens one: none is on the page yet.
      expect(e.charts).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }

  it('fetches no chart code until a question is opened, and the chart then draws (412×823)', async () => {
    const { context, consoleErrors } = await openContext(browser(), { width: 412, height: 823 });
    const page = await newPage(context);
    await seedAssessment(page, savedAssessment());
    const charts: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/charts-[^/]+\.js$/.test(r.url())) charts.push(r.url());
    });
    await page.goto(at(page, '#/results'));
    await waitForHeading(page, 'Your results');
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(1000);
    expect(charts).toEqual([]);
    // One chart per question, each a disclosure whose summary is the question.
    const questions = await page.locator('details.results-more > summary').allInnerTexts();
    expect(questions).toEqual([
      'Your next 2 weakest areas (of your 5 weakest)',
      'Which part of the checklist is strongest, and which weakest?',
      'How did you score on each action, weakest first?',
      'How do you stand on the areas the research found most important for further action?',
      'How close are you to what leaders in councils achieving more innovations do?',
      'Your strengths',
    ]);
    await page.getByText('Which part of the checklist is strongest, and which weakest?').click();
    const region = page.getByRole('region', { name: 'Your score in each section' });
    await region.locator('.recharts-surface').waitFor();
    expect(charts).toHaveLength(1);
    expect(await page.locator('#section-scores-title').evaluate((h) => h.tagName)).toBe('H3');
    // Headings in order with none skipped, and one h1, with every part open.
    const closed = page.locator('details:not([open]) > summary');
    while ((await closed.count()) > 0) await closed.first().click();
    const levels = await page
      .locator('main :is(h1, h2, h3, h4)')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    levels.forEach((l, i) => expect(l - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'results-two-screens-all-open-412x823');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('prints every part that is one click away on the screen', async () => {
    const { context } = await openContext(browser(), { width: 1280, height: 800 });
    const page = await newPage(context);
    await seedAssessment(page, savedAssessment());
    await page.goto(at(page, '#/results'));
    await waitForHeading(page, 'Your results');
    mkdirSync(screenshotDir, { recursive: true });
    const pdf = `${screenshotDir}results-printed.pdf`;
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const words of [
      'Your overall score is 68 out of 100',
      'road test it first',
      'Your score in each section',
      'Your score on every action, weakest first',
      "The research's most important areas for further action",
      'What leaders in councils achieving more innovations do',
      'Your strengths',
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(words);
    }
    // On the screen, after printing, the parts are closed again as they were.
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.locator('details.results-more[open]').count()).toBe(0);
    console.log(`The printed results page: ${pages(pdf)} pages`);
    await context.close();
  });
});
