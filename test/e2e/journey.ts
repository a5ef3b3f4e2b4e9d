import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Option index on the page: 0–4 for the scale, 5 for "Not sure". */
export type Choice = 0 | 1 | 2 | 3 | 4 | 'not-sure';
const NOT_SURE_INDEX = 5;

export async function headingText(page: Page) {
  return (await page.locator('h1').textContent())?.trim() ?? '';
}

export async function waitForHeading(page: Page, text: string) {
  await expect.poll(() => headingText(page), { timeout: 10_000 }).toContain(text);
}

/** Waits for a new page's heading and for focus to land on it, as keyboard users start from there. */
export async function waitForFocusedHeading(page: Page, text: string) {
  await waitForHeading(page, text);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 10_000 })
    .toBe('H1');
}

/** The text of the focused element (for keyboard-only navigation). */
export const focusedText = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');

/** Tabs forward until the focused element's text is `text`; fails after `limit` presses. */
export async function tabTo(page: Page, text: string, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)) === text) return;
  }
  throw new Error(`Could not reach "${text}" with the Tab key`);
}

/**
 * Answers the current section page with the keyboard alone: Tab into each radio group, Space or arrow
 * keys to choose, Tab past the note (typing one if given), and Enter on Continue.
 */
export async function answerSectionByKeyboard(
  page: Page,
  choices: Choice[],
  notes: Record<number, string> = {},
) {
  for (const [i, choice] of choices.entries()) {
    await page.keyboard.press('Tab');
    const index = choice === 'not-sure' ? NOT_SURE_INDEX : choice;
    if (index === 0) await page.keyboard.press('Space');
    for (let k = 0; k < index; k++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    if (notes[i]) await page.keyboard.type(notes[i]);
  }
  await page.keyboard.press('Tab');
  expect(await focusedText(page)).toMatch(/^(Continue|Save and go back to your answers)$/);
  await page.keyboard.press('Enter');
}

/**
 * Scrolls each chart into view and waits for its bars, then goes back to the top, as a reader scrolling
 * down would (pages may draw what is further down only once it is reached).
 */
export async function drawCharts(page: Page) {
  await openResultsParts(page);
  const charts = page.locator('.chart-kit:visible');
  await charts.first().waitFor();
  // Every part that follows the first paint (RenderLater) is in before the charts are counted.
  await page.waitForFunction(() => !document.querySelector('.render-later-pending'));
  const count = await charts.count();
  for (let i = 0; i < count; i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await charts.nth(i).locator('.recharts-surface').first().waitFor();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return count;
}

/**
 * Opens every part of a leader's results that is one click away (issue 25, item 7: the disclosures
 * under "More about your results" and each weak area's "More research"; each is built when first
 * opened), as a reader would, one by one.
 */
export async function openResultsParts(page: Page) {
  const closed = page.locator(
    ':is(details.results-more, details.more-research):not([open]) > summary',
  );
  while ((await closed.count()) > 0) await openToRender(closed.first());
}

/**
 * Clicks a disclosure's summary and waits for what it holds: its content is built on the toggle
 * event, a task after the click, so reading the page straight after the click can find it empty
 * (stop 31's CI run counted one quote where the opened part holds two).
 */
export async function openToRender(summary: Locator) {
  // A handle, not the locator: a locator for "the first closed one" finds the next one once clicked.
  const handle = await summary.elementHandle();
  if (!handle) throw new Error('no summary to open');
  const name = await handle.innerText();
  await handle.click();
  await expect
    .poll(() => handle.evaluate((el) => el.parentElement!.childElementCount), { message: name })
    .toBeGreaterThan(1);
  await handle.dispose();
}

/**
 * Waits for a leader's section scores chart (results or printed summary): named by its one-sentence
 * summary, with a bar row for each of the four sections.
 */
export async function waitForSectionBars(page: Page) {
  // On the results page it is one click away, under its question; the printed summary shows it.
  const question = page.locator('details.results-more:not([open]) > summary', {
    hasText: 'Which part of the checklist',
  });
  if ((await question.count()) > 0) await question.click();
  const region = page.getByRole('region', { name: 'Your score in each section' });
  // Drawn as the reader comes near it (a printed summary draws it at once).
  await region.scrollIntoViewIfNeeded();
  const chart = region.locator('svg.recharts-surface');
  await chart.waitFor();
  expect(await chart.getAttribute('role')).toBe('img');
  expect(await chart.locator('text.chart-label').count()).toBe(4);
}

/** Waits for the group summary's section bars: a row for each of the four sections. */
export async function waitForGroupSectionBars(page: Page) {
  const chart = page.locator('.gs-bars svg.recharts-surface');
  await chart.waitFor();
  expect(await chart.locator('text.chart-label').count()).toBe(4);
}
