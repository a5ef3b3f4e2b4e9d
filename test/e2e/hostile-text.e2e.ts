import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectInert, newPage, openContext } from './browser';
import { browserForFile } from './fileBrowser';
import { savedAssessment, HAND_WORKED_ANSWERS } from './fixtures';
import { waitForHeading } from './journey';

// Everything a user types is rendered as text: markup and javascript: URLs must never run or link.
const HTML = '<img src=x onerror="window.__xss=1">';
const JS_URL = 'javascript:window.__xss=2';

const browser = browserForFile();

const go = (page: Page, hash: string) => page.goto(page.url().replace(/#.*$/, '') + hash);

describe('hostile text in every free-text field', () => {
  it('is shown as text and never runs, on every page that shows it', async () => {
    const { context, foreignRequests } = await openContext(browser());
    const page = await newPage(context, '#/about-you');
    await waitForHeading(page, 'About you');
    await page.getByLabel('Your name').fill(HTML);
    await page.getByLabel('Your role').fill(JS_URL);
    await page.getByLabel('Your council').fill(HTML);
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForHeading(page, 'Create the climate for innovation');
    // Answer everything from a saved state, keeping the typed details, then add notes by typing.
    await page.evaluate(
      ([saved]) => {
        const current = JSON.parse(localStorage.getItem('kai.assessment')!);
        const seeded = JSON.parse(saved!);
        seeded.state.assessment.aboutYou = current.state.assessment.aboutYou;
        seeded.state.assessment.notes = {};
        localStorage.setItem('kai.assessment', JSON.stringify(seeded));
      },
      [savedAssessment(HAND_WORKED_ANSWERS)],
    );
    await page.reload();
    await waitForHeading(page, 'Create the climate for innovation');
    const notes = page.getByLabel('What makes you say that?');
    await notes.nth(4).fill(HTML);
    await notes.nth(1).fill(JS_URL);

    await go(page, '#/plan');
    await waitForHeading(page, 'Plan your next steps');
    await page.locator('#plan-0-what').fill(HTML);
    await page.locator('#plan-0-who').fill(JS_URL);
    await page.locator('#plan-0-measure').fill(HTML);
    await expectInert(page);

    for (const [hash, heading] of [
      ['#/check', 'Check your answers'],
      ['#/results', 'Your results'],
      ['#/summary', 'Your action summary'],
    ] as const) {
      await go(page, hash);
      await waitForHeading(page, heading);
      await expectInert(page);
    }
    expect(await page.locator('main').innerText()).toContain(HTML);

    await go(page, '#/your-data');
    await waitForHeading(page, 'Save, move and compare');
    await page.getByLabel('Name for the snapshot').fill(HTML);
    await page.getByRole('button', { name: 'Save a snapshot' }).click();
    await page.getByRole('cell', { name: HTML, exact: true }).waitFor();
    await expectInert(page);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
