import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fiveAnswers } from '../domain/workshop-fixtures';
import { expectInert, newPage, openContext } from './browser';
import { browserForFile } from './fileBrowser';
import {
  answerSectionByKeyboard,
  drawCharts,
  waitForFocusedHeading,
  waitForHeading,
  waitForSectionBars,
} from './journey';
import { expectHeading, responseFileText, writeTemp } from './workshop-helpers';

// Issue 6: one test walks every journey — self-assessment, plan and print, sharing, a workshop with
// imported responses, reveal, group plan and print — and fails on any request to another origin. Names
// and notes carry markup and javascript: URLs, which must stay text everywhere they are shown.
const HTML = '<img src=x onerror="window.__xss=1">';
const JS_URL = 'javascript:window.__xss=2';

const browser = browserForFile();

const at = (page: Page, hash: string) => page.url().replace(/#.*$/, '') + hash;

describe('every journey, end to end', () => {
  it('sends nothing to any other origin, and runs nothing a user typed or imported', async () => {
    const { context, foreignRequests, consoleErrors } = await openContext(browser());
    const page = await newPage(context, '#/about-you');

    // Self-assessment
    await waitForHeading(page, 'About you');
    await page.getByLabel('Your name').fill(HTML);
    await page.getByRole('button', { name: 'Continue' }).click();
    for (const [n, choices] of (
      [
        [4, 3, 2, 1, 0, 'not-sure'],
        [2, 2, 2, 2, 2],
        [3, 3, 'not-sure', 'not-sure'],
        [4, 4, 4, 4, 3],
      ] as const
    ).entries()) {
      // This section's page, not the last one's fieldsets still on screen while the next arrives
      // (on a busy machine the keys went to the page being replaced).
      await waitForFocusedHeading(page, `Section ${n + 1} of 4`);
      await page.evaluate(() => (document.querySelector('h1') as HTMLElement).focus());
      await answerSectionByKeyboard(page, [...choices], { 0: JS_URL });
    }
    await waitForHeading(page, 'Check your answers');
    await page.getByRole('link', { name: 'See your results' }).click();
    await waitForHeading(page, 'Your results');
    await drawCharts(page);
    await expectInert(page);

    // Plan and print
    await page.getByRole('link', { name: 'Plan your next steps' }).first().click();
    await waitForHeading(page, 'Plan your next steps');
    // The plan proposes the three weakest areas (issue 25).
    for (let i = 0; i < 3; i++) await page.locator(`#plan-${i}-what`).fill(`${HTML} step ${i + 1}`);
    await page.getByRole('button', { name: 'Save plan and see your summary' }).click();
    await waitForHeading(page, 'Your action summary');
    await waitForSectionBars(page);
    await expectInert(page);
    const pdf = writeTemp('every-journey-summary.pdf', await page.pdf({ format: 'A4' }));
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain(`${HTML} step 3`);

    // Share with a workshop
    await page.goto(at(page, '#/share'));
    await page.locator('h1').waitFor();
    await expectInert(page);

    // A workshop with imported responses whose names and notes are hostile
    await page.goto(at(page, '#/workshops/new'));
    await expectHeading(page, 'Create a workshop');
    await page.getByLabel('Workshop title').fill(HTML);
    await page.getByLabel('By name').check();
    await page.getByRole('button', { name: 'Create the workshop' }).click();
    await page.getByRole('link', { name: 'Add responses from files or codes' }).click();
    await expectHeading(page, 'Add responses');
    await page
      .getByLabel('Choose response files')
      .setInputFiles([
        writeTemp('x1.json', responseFileText('badc0de1', HTML, fiveAnswers.chris)),
        writeTemp('x2.json', responseFileText('badc0de2', JS_URL, fiveAnswers.dee)),
      ]);
    await page.locator('.import-outcome .notice.success').waitFor();
    await expectInert(page);
    const hub = page.url().replace(/\/add$/, '');
    await page.goto(hub + '/results');
    await expectHeading(page, 'Group results');
    await page.getByRole('button', { name: 'Reveal the group results' }).click();
    await drawCharts(page);
    await expectInert(page);
    expect(await page.locator('main').innerText()).toContain(HTML);
    await page.goto(hub + '/summary');
    await expectHeading(page, HTML); // the printed group summary is headed by the workshop's title
    await expectInert(page);
    await page.goto(hub + '/present');
    await page.locator('h1, h2').first().waitFor();
    await expectInert(page);

    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
