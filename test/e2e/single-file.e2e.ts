import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchWithProfile, screenshot, watchConsoleErrors } from './browser';
import { drawCharts, waitForHeading } from './journey';
import {
  COMING_BACK,
  keepLinkedWorkshopsAndARound,
  visitComingBackPages,
} from './linked-workshops';

const SECTIONS = ['climate', 'leading', 'ambitions', 'delivery'];
const profile = mkdtempSync(join(tmpdir(), 'kai-single-profile-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

/** Opens the file as someone double-clicking it would, recording every request it makes. */
async function openFile() {
  const context = await launchWithProfile(profile);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const consoleErrors = watchConsoleErrors(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(inject('singleFileUrl'));
  return { context, page, requests, consoleErrors };
}

function foreign(requests: string[]) {
  return requests.filter(
    (url) => url.split('#')[0] !== inject('singleFileUrl') && !url.startsWith('data:'),
  );
}

describe('the single-file build', () => {
  it('has no service worker code', () => {
    expect(readFileSync(inject('singleFile'), 'utf8')).not.toContain('serviceWorker');
  });

  let context: BrowserContext | undefined;
  afterAll(async () => {
    await context?.close();
  });

  it('works opened from disk, and keeps the answers when it is opened again', async () => {
    const first = await openFile();
    context = first.context;
    const { page } = first;
    await waitForHeading(page, "Council Leaders' Key Actions for Innovation");
    // The app's one inline module script, the built page's two small ones, and nothing loaded beside.
    expect(
      await page.evaluate(() => [
        document.querySelectorAll('script[type="module"]').length,
        document.scripts.length,
        document.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="manifest"]')
          .length,
      ]),
    ).toEqual([1, 3, 0]);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Start now' }).click();
    await waitForHeading(page, 'About you');
    await page.getByLabel('Your name').fill('From A Shared Drive');
    await page.getByLabel('Your council').fill('Anytown Council');
    await page.getByRole('button', { name: 'Continue' }).click();
    for (const [i, section] of SECTIONS.entries()) {
      await waitForHeading(page, `Section ${i + 1} of 4`);
      expect(page.url()).toContain(`#/section/${section}`);
      for (const group of await page.locator('fieldset').all())
        await group
          .getByRole('radio')
          .nth(section === 'climate' ? 4 : 2)
          .check();
      if (section === 'climate')
        await page.getByLabel('What makes you say that?').first().fill('Ideas days every month');
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await waitForHeading(page, 'Check your answers');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'See your results' }).click();
    await waitForHeading(page, 'Your results');
    expect(await drawCharts(page)).toBe(4); // sections, gaps, areas, behaviours
    // climate 100, the other three 50 each: (100 + 50 + 50 + 50) / 4 = 62.5 -> 63
    expect(await page.locator('main').innerText()).toMatch(/overall score is 63 out of 100/);
    await screenshot(page, 'single-file-results');
    expect(await axeViolations(page)).toEqual([]);
    expect(foreign(first.requests)).toEqual([]);
    expect(first.consoleErrors).toEqual([]);
    await first.context.close();

    // The browser is closed and the file opened again later.
    const again = await openFile();
    context = again.context;
    await waitForHeading(again.page, "Council Leaders' Key Actions for Innovation");
    // Every action was answered: a finished round, so the next round is offered first (issue 25).
    expect(await again.page.getByRole('button', { name: 'Start your next round' }).count()).toBe(1);
    await again.page.goto(`${inject('singleFileUrl')}#/check`);
    await waitForHeading(again.page, 'Check your answers');
    const check = await again.page.locator('main').innerText();
    expect(check).toContain('From A Shared Drive, Anytown Council');
    expect(check).toContain('Note: Ideas days every month');
    await again.page.goto(`${inject('singleFileUrl')}#/history`);
    await waitForHeading(again.page, 'Your history');
    expect(await again.page.locator('main').innerText()).toContain('Remind me to reassess');
    // A cabinet that came back, and a leader with a kept round: group results compared with the
    // earlier workshop, the review of its plan, the printed group summary and the history chart.
    await keepLinkedWorkshopsAndARound(again.page);
    await again.page.reload();
    await waitForHeading(again.page, 'Your history');
    const back = await visitComingBackPages(again.page, inject('singleFileUrl'));
    expect(back.results).toBe(COMING_BACK.results);
    expect(back.review).toContain(COMING_BACK.review);
    expect(back.summary).toContain(COMING_BACK.summary);
    expect(back.lines).toBe(COMING_BACK.lines);
    expect(await axeViolations(again.page)).toEqual([]);
    await screenshot(again.page, 'single-file-history');
    await again.page.goto(`${inject('singleFileUrl')}#/workshops/w2/results`);
    await waitForHeading(again.page, 'Group results');
    expect(await axeViolations(again.page)).toEqual([]);
    await again.page.goto(`${inject('singleFileUrl')}#/privacy`);
    await waitForHeading(again.page, 'Privacy');
    await screenshot(again.page, 'single-file-privacy');
    expect(await axeViolations(again.page)).toEqual([]);
    expect(foreign(again.requests)).toEqual([]);
    expect(again.consoleErrors).toEqual([]);
  });
});
