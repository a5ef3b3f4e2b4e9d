import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, newPage, openContext, screenshot, screenshotDir } from './browser';
import { browserForFile } from './fileBrowser';
import { eightPersonWorkshop } from './eight-person';
import { dotLabelClashes, slideProblems } from './slide-checks';
import { expectHeading, importWorkshop } from './workshop-helpers';

// A cabinet of eight (eight-person.ts): eight actions split, five of them shown, the rest of the
// spread being the usual one member a point or two away.

const browser = browserForFile();

describe('a cabinet of eight', () => {
  it('group results lead with the verdict, the five most split actions and the weakest areas', async () => {
    const { context } = await openContext(browser());
    const page = await newPage(context, '#/workshops');
    const id = await importWorkshop(page, eightPersonWorkshop());
    await page.goto(page.url().replace(/#.*$/, `#/workshops/${id}/results`));
    await expectHeading(page, 'Group results');
    // The first screen is painted first; the rest follows just after (RenderLater).
    await page.getByRole('heading', { name: 'Every action in detail' }).waitFor();
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings.slice(0, 2)).toEqual(['Where the group is split', "The group's weakest areas"]);
    expect(headings.at(-1)).toBe('Every action in detail');
    const lead = await page.locator('.verdict .lead').innerText();
    expect(lead).toMatch(
      /^8 members have answered\. The group scores \d+ out of 100, on average “/,
    );
    expect(lead).toContain('The group is split on 8 actions');
    expect(await page.locator('section.prompt').count()).toBe(5);
    expect(await page.getByText('The 5 most split of the 8 actions').count()).toBe(1);
    // The per-action detail is there but closed, so the weakest areas are not 12,000 px down.
    expect(await page.locator('details.every-action').getAttribute('open')).toBeNull();
    const weakTop = await page.locator('#weakest').evaluate((h) => h.getBoundingClientRect().top);
    expect(weakTop).toBeLessThan(6000);
    await screenshot(page, 'issue13-group-results-1280');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'issue13-group-results-390');
    await context.close();
  });

  for (const width of [390, 320]) {
    it(`the answer dots' counts and words stay apart on a ${width} px phone`, async () => {
      const { context } = await openContext(browser(), { width, height: 844 });
      const page = await newPage(context, '#/workshops');
      const id = await importWorkshop(page, eightPersonWorkshop());
      await page.goto(page.url().replace(/#.*$/, `#/workshops/${id}/results`));
      await expectHeading(page, 'Group results');
      const plots = page.locator('section.prompt .chart-dots');
      await plots.first().scrollIntoViewIfNeeded();
      await plots.first().locator('.recharts-surface').waitFor();
      // Six columns of about 52 px (390) or 41 px (320): "4 people" in bold at 16 px is twice that.
      expect(await dotLabelClashes(page, 'section.prompt')).toEqual([]);
      const first = await plots
        .first()
        .locator('text.chart-dots-label')
        .evaluateAll((texts) => texts.map((t) => [...t.children].map((s) => s.textContent)));
      // The first split action: four members "Not at all", four "Fully" (eight-person.ts).
      expect(first[0]).toEqual(
        width === 390 ? ['4', 'people', 'Not at', 'all'] : ['4', 'Not', 'at', 'all'],
      );
      await plots.first().screenshot({ path: `${screenshotDir}group-dots-${width}.png` });
      await context.close();
    });
  }

  for (const [width, height, minPx] of [
    [1920, 1080, 24],
    [1280, 720, 16],
  ] as const) {
    it(`a short deck whose slides fit ${width}×${height}, nothing under the controls`, async () => {
      const { context } = await openContext(browser(), { width, height });
      const page = await newPage(context, '#/workshops');
      const id = await importWorkshop(page, eightPersonWorkshop());
      await page.goto(page.url().replace(/#.*$/, `#/workshops/${id}/present`));
      await page.locator('.presentation .slide').waitFor();
      const total = Number(
        (await page.locator('.slide-controls p').innerText()).match(/of (\d+)/)![1],
      );
      // Title, overview, four sections, five splits, what leaders achieving more do, weakest areas, plan.
      expect(total).toBe(14);
      const headings: string[] = [];
      for (let i = 0; i < total; i++) {
        headings.push((await page.locator('h1').innerText()).split('\n').at(-1)!);
        expect(await slideProblems(page, minPx), `screen ${i + 1}`).toEqual([]);
        if ([0, 1, 2, 6, 11, 12].includes(i))
          await screenshot(page, `issue13-slide-${width}-${String(i + 1).padStart(2, '0')}`);
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(30);
      }
      expect(headings.slice(-2)).toEqual(["The group's weakest areas", 'The group action plan']);
      if (width === 1920) expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  /** Axis figures that run into each other, and slide content that is wider than the slide. */
  function phoneProblems(page: Page) {
    return page.evaluate(() => {
      const slide = document.querySelector<HTMLElement>('.presentation .slide')!;
      const problems: string[] = [];
      if (slide.scrollWidth > slide.clientWidth + 1)
        problems.push(`slide overflows sideways by ${slide.scrollWidth - slide.clientWidth}px`);
      const ticks = [...slide.querySelectorAll<HTMLElement>('.range-axis > span')].map((t) =>
        t.getBoundingClientRect(),
      );
      for (let i = 1; i < ticks.length; i++)
        if (ticks[i]!.left < ticks[i - 1]!.right + 4)
          problems.push(`axis figures ${i - 1} and ${i} touch`);
      for (const el of slide.querySelectorAll<HTMLElement>('*')) {
        const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (ownText && size < 12) problems.push(`${size}px: ${el.textContent?.slice(0, 30)}`);
      }
      return problems;
    });
  }

  for (const [width, height] of [
    [390, 844],
    [844, 390],
  ] as const) {
    it(`every slide reads on a phone at ${width}×${height}`, async () => {
      const { context } = await openContext(browser(), { width, height });
      const page = await newPage(context, '#/workshops');
      const id = await importWorkshop(page, eightPersonWorkshop());
      await page.goto(page.url().replace(/#.*$/, `#/workshops/${id}/present`));
      await page.locator('.presentation .slide').waitFor();
      const slideBox = await page.locator('.presentation .slide').boundingBox();
      const controlsBox = await page.locator('.slide-controls').boundingBox();
      // On its side the controls sit beside the slide, which keeps the whole height of the screen;
      // upright they sit under it, and the slide keeps at least two thirds of the height.
      if (width > height) {
        expect(slideBox!.height).toBeGreaterThanOrEqual(height - 1);
        expect(slideBox!.x + slideBox!.width).toBeLessThanOrEqual(controlsBox!.x + 1);
      } else {
        expect(slideBox!.height).toBeGreaterThanOrEqual((height * 2) / 3);
        expect(slideBox!.y + slideBox!.height).toBeLessThanOrEqual(controlsBox!.y + 1);
      }
      for (let i = 0; i < 14; i++) {
        expect(await phoneProblems(page), `screen ${i + 1}`).toEqual([]);
        expect(await dotLabelClashes(page, '.presentation .slide'), `screen ${i + 1}`).toEqual([]);
        await screenshot(
          page,
          `issue13-slide-${width}x${height}-${String(i + 1).padStart(2, '0')}`,
        );
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(30);
      }
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
