import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { emptyWorkshop } from '../domain/workshop-fixtures';
import { axeViolations, baseUrl, newPage, openContext, screenshot } from './browser';
import { browserForFile } from './fileBrowser';
import { at, expectHeading, responseCode } from './workshop-helpers';

// Issue 26.10: a paste of 20,000 lines into the response-code box held the page up for about 5 s.

const browser = browserForFile();

async function addPage(page: Page) {
  await page.evaluate(
    (w) =>
      localStorage.setItem(
        'kai.workshops',
        JSON.stringify({ version: 2, state: { workshops: [w] } }),
      ),
    emptyWorkshop(),
  );
  await page.goto(at(page, '#/workshops/w1/add'));
  await page.reload();
  await expectHeading(page, 'Add responses');
}

/** The longest the page went without running a 10 ms timer, from now until `stop` is read. */
async function watchLongestPause(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.longest = Math.max(w.longest, now - last);
      last = now;
    }, 10);
  });
  return () => page.evaluate(() => (window as unknown as { longest: number }).longest);
}

describe('the response-code box', () => {
  it('takes a paste of 20,000 codes 100 at a time, keeps the rest, and the page stays responsive', async () => {
    const { context } = await openContext(browser(), { width: 1280, height: 800 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl()).origin,
    });
    const page = await newPage(context, '#/workshops');
    await addPage(page);
    const lines = Array.from({ length: 20_000 }, (_, i) =>
      responseCode(i.toString(16).padStart(8, '0'), { 'climate.encourage-creativity': i % 5 }),
    );
    await page.evaluate((text) => navigator.clipboard.writeText(text), lines.join('\n'));
    const box = page.getByLabel('Paste response codes');
    await box.focus();

    // A real paste, as a facilitator's Ctrl+V: Chromium took about 7 s to lay out the 20,000 lines.
    const longest = await watchLongestPause(page);
    let started = Date.now();
    await page.keyboard.press('Control+V');
    await page.waitForFunction(() => document.querySelector('textarea')!.value.length > 0);
    const pasteTook = Date.now() - started;
    expect(await box.inputValue()).toBe(lines.slice(0, 100).join('\n'));
    await page.getByText('19,900 more codes are kept here, not lost').waitFor();

    started = Date.now();
    await page.getByRole('button', { name: 'Add the codes' }).click();
    await page.getByRole('heading', { name: '100 responses added' }).waitFor();
    const addTook = Date.now() - started;
    const pause = await longest();
    console.log(
      `20,000 pasted codes: paste ${pasteTook} ms, 100 added in ${addTook} ms; longest pause ${Math.round(pause)} ms`,
    );
    // The next 100 are in the box, the others still kept: nothing lost.
    expect(await box.inputValue()).toBe(lines.slice(100, 200).join('\n'));
    await page.getByText('19,800 more codes are kept here, not lost').waitFor();
    expect(pause).toBeLessThan(1500);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'hostile-paste-20000-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'hostile-paste-20000-390');
    await context.close();
  });

  it('reads a code broken across lines as one', async () => {
    const { context } = await openContext(browser());
    const page = await newPage(context, '#/workshops');
    await addPage(page);
    const code = responseCode('abcd1234', { 'delivery.persist': 4 });
    await page
      .getByLabel('Paste response codes')
      .fill(`${code.slice(0, 3)}\n${code.slice(3, 17)}\r\n  ${code.slice(17)}\n`);
    await page.getByRole('button', { name: 'Add the codes' }).click();
    await page.getByRole('heading', { name: '1 response added' }).waitFor();
    expect(await page.getByText('could not be added').count()).toBe(0);
    await context.close();
  });
});
