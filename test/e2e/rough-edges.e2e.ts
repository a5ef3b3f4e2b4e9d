import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, newPage, openContext, screenshot, screenshotDir } from './browser';
import { browserForFile } from './fileBrowser';
import { eightPersonWorkshop } from './eight-person';
import { savedAssessment, seedAssessment } from './fixtures';
import { openResultsParts, waitForHeading } from './journey';
import { at, importWorkshop } from './workshop-helpers';

// Rough edges found by looking at whole pages (issue 13): each measured as a reader would see it.

const browser = browserForFile();

/** Lines of text each change cell of the compare tables takes, by its words. */
const changeCellLines = (page: Page) =>
  page.locator('table').evaluateAll((tables) =>
    tables.flatMap((table) =>
      [...table.querySelectorAll('tbody tr')].map((row) => {
        const cell = row.lastElementChild as HTMLElement;
        const range = document.createRange();
        range.selectNodeContents(cell);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return `${cell.innerText.trim()}: ${tops.size}`;
      }),
    ),
  );

describe('compare with a snapshot', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`keeps each change ("No change", "Up 20") on one line at ${viewport.width} px`, async () => {
      const { context } = await openContext(browser(), viewport);
      const page = await newPage(context);
      await seedAssessment(page);
      await page.goto(at(page, '#/your-data'));
      await waitForHeading(page, 'Save, move and compare');
      await page.getByLabel('Name for the snapshot').fill('November');
      await page.getByRole('button', { name: 'Save a snapshot' }).click();
      await page.getByText(/Snapshot saved/).waitFor();
      await page.goto(at(page, '#/section/climate'));
      await waitForHeading(page, 'Create the climate for innovation');
      await page
        .getByRole('group', { name: /experiment, fail quickly/ })
        .getByRole('radio', { name: 'Fully – it is how we work' })
        .check();
      await page.goto(at(page, '#/your-data'));
      await waitForHeading(page, 'Save, move and compare');
      // The row of the snapshot named "November", as a user finds it: not a date that says November.
      await page
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: 'November', exact: true }) })
        .getByRole('link', { name: /^Compare the snapshot “November” from .* with now$/ })
        .click();
      await waitForHeading(page, 'What has moved');
      for (const d of await page.locator('details').all())
        await d.evaluate((el) => el.setAttribute('open', ''));
      const cells = await changeCellLines(page);
      expect(cells).toContain('No change: 1');
      expect(cells.filter((c) => !c.endsWith(': 1'))).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `issue13-compare-${viewport.width}`);
      await context.close();
    });
  }
});

async function presentEight(page: Page) {
  const id = await importWorkshop(page, eightPersonWorkshop());
  await page.goto(at(page, `#/workshops/${id}/present`));
  await page.locator('.presentation .slide').waitFor();
}

const next = async (page: Page) => {
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(30);
};

describe('slides', () => {
  it('the title and the overview use the width and the height of a 1920×1080 screen', async () => {
    const { context } = await openContext(browser(), { width: 1920, height: 1080 });
    const page = await newPage(context, '#/workshops');
    await presentEight(page);
    // The title screen: its words in the middle of the screen, not its top half.
    const title = await page.evaluate(() => {
      const slide = document.querySelector<HTMLElement>('.presentation .slide')!;
      const box = slide.getBoundingClientRect();
      const kids = [...slide.children].map((c) => c.getBoundingClientRect());
      return {
        above: kids[0]!.top - box.top,
        below: box.bottom - kids.at(-1)!.bottom,
        overflow: slide.scrollHeight - slide.clientHeight,
      };
    });
    expect(title.overflow).toBeLessThanOrEqual(1);
    expect(Math.abs(title.above - title.below)).toBeLessThan(80);
    await screenshot(page, 'issue13-title-1920x1080');
    await next(page);
    expect(await page.locator('h1').innerText()).toContain('The group in each section');
    await page.locator('.slide-chart .recharts-surface').waitFor();
    const fill = await page.evaluate(() => {
      const slide = document
        .querySelector<HTMLElement>('.presentation .slide')!
        .getBoundingClientRect();
      const chart = document.querySelector('.slide-chart')!.getBoundingClientRect();
      // The drawn chart's 0–100 track, from the axis's 0 to its 100, as a share of the slide.
      const ticks = [...document.querySelectorAll('.slide-chart .recharts-xAxis-tick-labels text')];
      const at = (t: string) => {
        const box = ticks.find((e) => e.textContent === t)!.getBoundingClientRect();
        return box.left + box.width / 2;
      };
      const bars = [(at('100') - at('0')) / slide.width];
      const titles = [...document.querySelectorAll<SVGElement>('.slide-chart text.chart-label')];
      return {
        chartBottom: (chart.bottom - slide.top) / slide.height,
        narrowestBar: Math.min(...bars),
        smallestTitle: Math.min(...titles.map((t) => parseFloat(getComputedStyle(t).fontSize))),
      };
    });
    // Before: the chart ended half way down, its bars 40% of the width beside the titles.
    expect(fill.chartBottom).toBeGreaterThan(0.8);
    expect(fill.narrowestBar).toBeGreaterThan(0.75);
    expect(fill.smallestTitle).toBeGreaterThanOrEqual(32);
    await screenshot(page, 'issue13-overview-1920x1080');
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'issue13-overview-1280x720');
    await context.close();
  });

  it('every figure on a slide sits in its own row, at 1920×1080 and 1280×720', async () => {
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ] as const) {
      const { context } = await openContext(browser(), { width, height });
      const page = await newPage(context, '#/workshops');
      await presentEight(page);
      for (let i = 0; i < 14; i++) {
        const strays = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.presentation .slide-item-figure')]
            .filter((figure) => {
              const row = figure.closest('li')!.getBoundingClientRect();
              const box = figure.getBoundingClientRect();
              return box.top < row.top - 1 || box.bottom > row.bottom + 1;
            })
            .map((figure) => `${figure.closest('li')!.textContent}`),
        );
        expect(strays, `screen ${i + 1} at ${width}`).toEqual([]);
        if (i === 11) await screenshot(page, `issue13-behaviours-${width}x${height}`);
        await next(page);
      }
      await context.close();
    }
  });

  it('on a phone on its side, a slide that runs on says "More below" until its end is in view', async () => {
    const { context } = await openContext(browser(), { width: 844, height: 390 });
    const page = await newPage(context, '#/workshops');
    await presentEight(page);
    const cue = page.getByRole('button', { name: 'More below' });
    let long = 0;
    for (let i = 0; i < 14; i++) {
      const runsOn = await page
        .locator('.presentation .slide')
        .evaluate((s) => s.scrollHeight > s.clientHeight + 4);
      if (!runsOn) {
        expect(await cue.count(), `screen ${i + 1}`).toBe(0);
      } else {
        long++;
        await expect.poll(() => cue.isVisible(), { message: `screen ${i + 1}` }).toBe(true);
        // The cue sits at the foot of the visible slide, inside the screen.
        const box = (await cue.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(390);
        expect(box.y + box.height).toBeGreaterThan(390 - 60);
        if (long === 1) {
          await screenshot(page, 'issue13-more-below-844x390');
          await cue.click();
          // Down by most of a screen, or to the end if that is nearer.
          await expect
            .poll(() =>
              page
                .locator('.presentation .slide')
                .evaluate(
                  (s) =>
                    s.scrollTop >=
                    Math.min(s.scrollHeight - s.clientHeight, s.clientHeight / 2) - 2,
                ),
            )
            .toBe(true);
          expect(await axeViolations(page)).toEqual([]);
        }
        await page
          .locator('.presentation .slide')
          .evaluate((s) => s.scrollTo({ top: s.scrollHeight, behavior: 'instant' }));
        await expect.poll(() => cue.count(), { message: `screen ${i + 1}` }).toBe(0);
      }
      await next(page);
    }
    expect(long).toBeGreaterThan(3);
    await context.close();
  });
});

describe('whole pages, read to the end', () => {
  it('on a phone: a passage of the research reads as a quotation the width of its card; each value beside a bar on one line', async () => {
    const { context } = await openContext(browser(), { width: 390, height: 844 });
    const page = await newPage(context);
    await seedAssessment(page);
    await page.goto(at(page, '#/results'));
    await waitForHeading(page, 'Your results');
    // The passage and the charts are one click away (issue 25, item 7).
    await openResultsParts(page);
    const passage = page.locator('blockquote.source-text').first();
    await passage.waitFor();
    const look = await passage.evaluate((q) => {
      const box = q.getBoundingClientRect();
      const parent = q.parentElement!.getBoundingClientRect();
      const style = getComputedStyle(q);
      return {
        rule: parseFloat(style.borderLeftWidth),
        indent: Math.round(box.left - parent.left),
        share: box.width / parent.width,
      };
    });
    // Before: the browser's 40 px indents on both sides, no rule: a narrow column of plain text.
    expect(look.rule).toBeGreaterThanOrEqual(3);
    expect(look.indent).toBe(0);
    expect(look.share).toBeGreaterThan(0.95);
    // Every value beside a bar ("75", "no score") inside the chart, and the page no wider than the phone.
    // A chart is drawn as the reader comes near it.
    await page.locator('.chart').first().scrollIntoViewIfNeeded();
    await page.locator('.chart .recharts-surface').first().waitFor();
    const outside = await page.locator('text.chart-value').evaluateAll((values) =>
      values
        .filter((v) => {
          const svg = v.closest('svg')!.getBoundingClientRect();
          return v.getBoundingClientRect().right > svg.right + 0.5;
        })
        .map((v) => v.textContent),
    );
    expect(outside).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await passage.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: `${screenshotDir}issue13-research-passage-390.png`,
    });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('on a phone, the summary gives each part of a commitment the width of the screen', async () => {
    const { context } = await openContext(browser(), { width: 390, height: 844 });
    const page = await newPage(context);
    const plan = [
      {
        actionId: 'climate.experiment-and-learn',
        what: 'Run two small pilots this year and stop any that fails early',
        who: 'Chief executive and cabinet',
        byWhen: '2027-02-01',
        measure: 'Reported to cabinet each quarter',
      },
    ];
    await seedAssessment(page, savedAssessment(undefined, { plan }));
    await page.goto(at(page, '#/summary'));
    await waitForHeading(page, 'Your action summary');
    const pairs = await page.locator('.summary-plan-item dl dt').evaluateAll((terms) =>
      terms.map((dt) => {
        const dd = dt.nextElementSibling!.getBoundingClientRect();
        const box = dt.getBoundingClientRect();
        return { below: dd.top >= box.bottom - 1, sameLeft: Math.abs(dd.left - box.left) < 2 };
      }),
    );
    expect(pairs).toHaveLength(4);
    expect(pairs.every((p) => p.below && p.sameLeft)).toBe(true);
    await page.locator('.summary-plan-item').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshotDir}issue13-summary-plan-390.png` });
    await context.close();
  });
});
