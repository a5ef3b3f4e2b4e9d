import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, newPage, openContext, screenshot, screenshotDir } from './browser';
import { browserForFile } from './fileBrowser';
import { eightPersonWorkshop } from './eight-person';
import { FIVE_PLAN_ITEMS } from './fixtures';
import {
  focusedText,
  tabTo,
  waitForFocusedHeading,
  waitForGroupSectionBars,
  waitForHeading,
} from './journey';
import { FIRST, secondWorkshop } from './linked-workshops';
import { at, importWorkshop, mainText, workshopFileText, writeTemp } from './workshop-helpers';

// Issue 10, "Groups too": a cabinet comes back months later. The earlier workshop (the five-person
// workshop of test/domain/workshop-fixtures.ts, by name) is linked to the later one (anonymous, three
// members), its plan reviewed, and the hand-worked changes of test/domain/workshop-since.test.ts read
// on the group results and in the printed group summary. Keyboard only once the files are in.

const NAMES = /\b(Asha|Ben|Chris|Dee|Eve)\b/;

const browser = browserForFile();

/** Tabs to a control whose text (a visually hidden part included) reads `want`, spaces normalised. */
async function tabToText(page: Page, want: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)).replace(/\s+/g, ' ') === want) return;
  }
  throw new Error(`Could not reach "${want}" with the Tab key`);
}

const text = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
const pdfText = (pdf: string) =>
  execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const pdfPages = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

describe('a workshop compared with an earlier one of the same group', () => {
  it('links, reviews the earlier plan and shows the hand-worked change, keyboard only', async () => {
    const { context, foreignRequests, consoleErrors } = await openContext(browser(), {
      width: 1280,
      height: 800,
    });
    const page = await newPage(context, '#/workshops');
    await importWorkshop(page, FIRST, 'first.json');
    const id = await importWorkshop(page, secondWorkshop(), 'second.json');
    await page.reload();
    await waitForFocusedHeading(page, 'Cabinet away day, May');

    // From the workshop page to the link page.
    await tabToText(page, 'Choose the earlier workshop to compare with');
    await page.keyboard.press('Enter');
    await waitForFocusedHeading(page, 'Compare with an earlier workshop');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'group-since-link-1280x800');

    // A file that is no workshop: one clear message, and nothing changes.
    await page
      .getByLabel("Choose the earlier workshop's file")
      .setInputFiles(writeTemp('notes.json', '{"hello": 1}'));
    await expect
      .poll(() => focusedText(page))
      .toContain('“notes.json” could not be used: it is not a workshop file from this app.');
    expect(await axeViolations(page)).toEqual([]);

    // Submitting without a choice: the error summary, linked to the question.
    await tabTo(page, 'Compare with this workshop', 40);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toContain('Choose the earlier workshop');
    await tabTo(page, 'Choose the earlier workshop', 5);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('radio');
    await page.keyboard.press('Space');
    await tabTo(page, 'Compare with this workshop', 5);
    await page.keyboard.press('Enter');

    // The earlier plan, reviewed: Done with a note, then Not done.
    await waitForFocusedHeading(page, 'Did we do what we said?');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'group-since-review-1280x800');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // Done
    await page.keyboard.press('Tab');
    await page.keyboard.type('Dashboard in place');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // Not done
    await tabTo(page, 'Save the review and continue', 5);
    await page.keyboard.press('Enter');
    await waitForFocusedHeading(page, 'Cabinet away day, May');
    expect(await text(page, '.summary-row')).toEqual(
      expect.arrayContaining([
        "Compared with “Cabinet away day”, 2 November 2026, the group's earlier workshop Change the earlier workshop to compare with",
        'Earlier group plan 2 of 2 reviewed Review the earlier group plan',
      ]),
    );
    expect(await axeViolations(page)).toEqual([]);

    // Group results: the hand-worked change (test/domain/workshop-since.test.ts).
    await tabTo(page, 'See the group results', 80);
    await page.keyboard.press('Enter');
    await waitForFocusedHeading(page, 'Group results');
    expect(await page.locator('#since-earlier').innerText()).toBe(
      'Since “Cabinet away day”, 2 November 2026',
    );
    const since = page.locator('section.since-earlier');
    expect(await since.locator('p').first().innerText()).toBe(
      "Group score 59 then (5 participants), 67 now (3 participants): up 8. Only group figures are compared, never anyone's own answers.",
    );
    expect(await text(page, 'section.since-earlier > table:first-of-type tbody tr')).toEqual([
      'Create the climate for innovation 58 65 Up 7',
      'Lead for innovation 60 67 Up 7',
      'Agree clear long-term ambitions for innovation 60 67 Up 7',
      'Ensure priority innovations are delivered 56 68 Up 12',
    ]);
    expect(await text(page, 'section.since-earlier > ul li')).toEqual([
      'Monitor progress closely: 2.0 → 3.0 (up 1.0)',
      'Persist, persist, persist: 2.0 → 2.7 (up 0.7)',
      'Encourage creativity: 2.4 → 2.7 (up 0.3)',
    ]);
    expect(await text(page, 'section.since-earlier h3 ~ .table-scroll tbody tr')).toEqual([
      'Monitor progress closely Monthly dashboard Done: Dashboard in place 2.0 → 3.0 (up 1.0)',
      'Experiment, fail quickly and learn from failures Two pilots a year Not done 2.0 → 2.3 (up 0.3)',
    ]);
    const results = await mainText(page);
    expect(results).not.toMatch(NAMES);
    expect(await axeViolations(page)).toEqual([]);
    await since.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshotDir}group-since-results-1280x800.png` });

    // The printed group summary carries the change and the review.
    await tabTo(page, 'Print the group summary', 80);
    await page.keyboard.press('Enter');
    await waitForGroupSectionBars(page);
    await page.locator('#sum-since').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const pdf = `${screenshotDir}group-since-summary.pdf`;
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const printed = pdfText(pdf);
    expect(printed).toContain('Since “Cabinet away day”, 2 November 2026');
    // The scores table gains the earlier workshop's scores and the change: now, lowest, highest, then.
    expect(printed).toContain('Then (2 Nov 2026) Change');
    expect(printed).toContain('Ensure priority innovations are delivered 68 50 80 56 Up 12');
    expect(printed).toContain('Overall 67 49 76 59 Up 8');
    expect(printed).toContain('Monitor progress closely 2.0 → 3.0 (up 1.0)');
    expect(printed).toContain('Last time we committed to');
    expect(printed).toContain(
      'Monitor progress closely: Monthly dashboard. Done: Dashboard in place; average 2.0 → 3.0 (up 1.0).',
    );
    expect(printed).not.toMatch(NAMES);
    console.log(`Group summary with "since" (3 members): ${pdfPages(pdf)} A4 pages`);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(3);

    // One "since last time" slide, third in the deck.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(at(page, `#/workshops/${id}/present`));
    await page.locator('.presentation .slide').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await waitForHeading(page, 'Since “Cabinet away day”, 2 November 2026');
    expect(await page.locator('.slide-controls p').innerText()).toBe('Screen 3 of 11');
    const slide = await page.locator('.slide').innerText();
    expect(slide).toContain('Ensure priority innovations are delivered\n56 → 68: up 12');
    expect(slide).toContain(
      'Moved most (group score out of 100): Monitor progress closely 50 → 75 (up 25); Persist, persist, persist 50 → 67 (up 17); Encourage creativity 60 → 67 (up 7).',
    );
    expect(slide).toContain('Monitor progress closely (done)');
    expect(await axeViolations(page)).toEqual([]);
    // Nothing of the slide under the controls or off the screen.
    const fits = await page.evaluate(() => {
      const slideBox = document.querySelector('.slide')!.getBoundingClientRect();
      const controls = document.querySelector('.slide-controls')!.getBoundingClientRect();
      const last = [...document.querySelectorAll('.slide *')].at(-1)!.getBoundingClientRect();
      return last.bottom <= controls.top && slideBox.right <= window.innerWidth;
    });
    expect(fits).toBe(true);
    await page.screenshot({ path: `${screenshotDir}group-since-slide-1920x1080.png` });
    for (const [width, height] of [
      [1280, 720],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({
        path: `${screenshotDir}group-since-slide-${width}x${height}.png`,
        fullPage: true,
      });
    }

    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a phone, a workshop file as the earlier workshop, and eight members on paper', async () => {
    const { context, consoleErrors } = await openContext(browser(), { width: 390, height: 844 });
    const page = await newPage(context, '#/workshops');
    const id = await importWorkshop(page, { ...eightPersonWorkshop(), plan: FIVE_PLAN_ITEMS });
    await page.goto(at(page, `#/workshops/${id}/earlier`));
    await waitForHeading(page, 'Compare with an earlier workshop');
    // Too few answers to compare with: a clear message, nothing kept.
    const two = { ...FIRST, participants: FIRST.participants.slice(0, 2) };
    await page
      .getByLabel("Choose the earlier workshop's file")
      .setInputFiles(writeTemp('two.json', workshopFileText(two)));
    await expect
      .poll(() => page.locator('.notice.error').innerText())
      .toContain('can be compared with once at least 3 participants have answered in it');
    await screenshot(page, 'group-since-link-error-390x844');
    await page
      .getByLabel("Choose the earlier workshop's file")
      .setInputFiles(writeTemp('first.json', workshopFileText(FIRST)));
    await waitForHeading(page, 'Did we do what we said?');
    await screenshot(page, 'group-since-review-390x844');
    await page.goto(at(page, `#/workshops/${id}/results`));
    await waitForHeading(page, 'Group results');
    await page.locator('section.since-earlier').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshotDir}group-since-results-390x844.png` });
    expect(await axeViolations(page)).toEqual([]);

    // Eight members, five group actions now and two then: three A4 pages with the earlier workshop's
    // part as without it (three members take two).
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(at(page, `#/workshops/${id}/earlier`));
    await waitForHeading(page, 'Compare with an earlier workshop');
    await page.getByRole('button', { name: 'Stop comparing' }).click();
    await waitForHeading(page, 'Cabinet of eight');
    await page.goto(at(page, `#/workshops/${id}/summary`));
    await waitForGroupSectionBars(page);
    const before = `${screenshotDir}group-since-summary-eight-unlinked.pdf`;
    await page.pdf({ path: before, preferCSSPageSize: true, printBackground: true });
    console.log(`Group summary without "since" (8 members): ${pdfPages(before)} A4 pages`);
    await page.goto(at(page, `#/workshops/${id}/earlier`));
    await waitForHeading(page, 'Compare with an earlier workshop');
    await page
      .getByLabel("Choose the earlier workshop's file")
      .setInputFiles(writeTemp('first.json', workshopFileText(FIRST)));
    await waitForHeading(page, 'Did we do what we said?');
    await page.goto(at(page, `#/workshops/${id}/summary`));
    await waitForGroupSectionBars(page);
    await page.locator('#sum-since').waitFor();
    const pdf = `${screenshotDir}group-since-summary-eight.pdf`;
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    console.log(`Group summary with "since" (8 members): ${pdfPages(pdf)} A4 pages`);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(3);
    // Tightened, not cut: the last action of "Every action" and the footer are still there.
    const printed = pdfText(pdf);
    expect(printed).toContain(
      "Deeply understand residents' concerns and the key future challenges",
    );
    expect(printed).toContain('Self-assessment against');
    // The summary page as the facilitator sees it before printing, on a laptop and a phone.
    await page.locator('#sum-since').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshotDir}group-since-summary-1280x800.png` });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('#sum-since').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshotDir}group-since-summary-390x844.png` });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      pdf,
      `${screenshotDir}group-since-summary-eight`,
    ]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
