import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, newPage, openContext, screenshot } from './browser';
import { savedAssessment } from './fixtures';
import { waitForHeading } from './journey';
import { at } from './workshop-helpers';

// Rough edges found by looking at whole pages (issue 13): each measured as a reader would see it.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

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
      const { context } = await openContext(browser, viewport);
      const page = await newPage(context);
      await page.evaluate(
        (saved) => localStorage.setItem('kai.assessment', saved),
        savedAssessment(),
      );
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
      await page
        .getByRole('link', { name: /November/ })
        .first()
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
