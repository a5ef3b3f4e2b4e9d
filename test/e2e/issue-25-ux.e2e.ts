import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, newPage, openContext, screenshot, screenshotDir } from './browser';
import { browserForFile } from './fileBrowser';
import { testNow } from '../clock';
import { eightPersonWorkshop } from './eight-person';
import { FIVE_PLAN_ITEMS, HAND_WORKED_ANSWERS, savedAssessment } from './fixtures';
import { waitForHeading } from './journey';
import { at, importWorkshop } from './workshop-helpers';

// Issue 25, the facilitator's and the returning leader's points, in Chromium: the clicker and the one
// timer on the slides; the landing, plan, check page and group plan as a returning leader sees them.
// The clock is fixed where a date matters: "today" is 6 December 2026.

const TODAY = new Date('2026-12-06T10:00:00.000Z');
const browser = browserForFile();
const pdfPages = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

/** axe, then a full-page screenshot at a laptop's and a phone's size. */
async function look(page: Page, name: string) {
  expect(await axeViolations(page), name).toEqual([]);
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `issue25-${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

const screenText = (page: Page) => page.locator('.slide-controls p[aria-live]').innerText();

describe("the slides, with a presenter's clicker", () => {
  it('move with the keys wherever focus is, and one timer runs across them to a large "Time is up"', async () => {
    const { context, consoleErrors } = await openContext(browser(), { width: 1920, height: 1080 });
    const page = await newPage(context, '#/workshops');
    // Time under the test's hand (unless the suites' one clock, test/clock.ts, is already installed).
    if (!testNow) await page.clock.install({ time: TODAY });
    const id = await importWorkshop(page, eightPersonWorkshop());
    await page.goto(at(page, `#/workshops/${id}/present`));
    await expect.poll(() => screenText(page)).toMatch(/^Screen 1 of/);

    // Focus on a button, on the sound checkbox, in the minutes box: the clicker's keys still move.
    await page.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await screenText(page)).toMatch(/^Screen 2 of/);
    await page.getByRole('checkbox', { name: 'Sound at time up' }).focus();
    await page.keyboard.press('PageDown');
    expect(await screenText(page)).toMatch(/^Screen 3 of/);
    // Section 1 on the one scale: whole scores out of 100, said in the answers' words.
    await waitForHeading(page, 'Create the climate for innovation');
    expect(await page.locator('h1 .caption').innerText()).toContain('group scores out of 100');
    expect(await page.locator('.slide-item-figure').allInnerTexts()).toSatisfy((f: string[]) =>
      f.every((v) => /^\d{1,3}$/.test(v)),
    );
    await screenshot(page, 'issue25-slide-section-1920');

    const minutes = page.getByLabel('Timer, minutes');
    await minutes.fill('1');
    await minutes.press('ArrowUp'); // typing a number: the box takes the arrows
    await minutes.press('ArrowRight');
    expect(await minutes.inputValue()).toBe('2');
    expect(await screenText(page)).toMatch(/^Screen 3 of/);
    await minutes.press('PageDown'); // a clicker's press moves on, even from the box
    expect(await screenText(page)).toMatch(/^Screen 4 of/);
    await minutes.fill('1');

    // One timer: started here, still running two slides on and back.
    const clock = () =>
      page
        .getByRole('timer')
        .innerText()
        .then((t) => t.replace(/Time left:\s*/, '').trim());
    const seconds = async () => {
      const [m, s] = (await clock()).split(':').map(Number);
      return m! * 60 + s!;
    };
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(10_000);
    await expect.poll(seconds).toBeLessThanOrEqual(50);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await screenText(page)).toMatch(/^Screen 6 of/);
    // Not a fresh 1:00 on another slide: the same countdown, still going.
    await page.clock.runFor(10_000);
    await expect.poll(seconds).toBeLessThanOrEqual(40);
    expect(await seconds()).toBeGreaterThan(30);
    expect(await page.getByRole('button', { name: 'Pause' }).isVisible()).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await seconds()).toBeLessThanOrEqual(40);

    // Time up: large, black on yellow across the top, and silent (no sound chosen).
    await page.clock.runFor(41_000);
    const up = page.getByRole('status').filter({ hasText: 'Time is up' });
    await up.waitFor();
    const look = await up.evaluate((e) => {
      const s = getComputedStyle(e);
      const box = e.getBoundingClientRect();
      return {
        size: parseFloat(s.fontSize),
        colour: s.color,
        back: s.backgroundColor,
        top: box.top,
        width: box.width,
      };
    });
    expect(look.size).toBeGreaterThanOrEqual(100);
    expect([look.colour, look.back, look.top, look.width]).toEqual([
      'rgb(0, 0, 0)',
      'rgb(255, 221, 0)',
      0,
      1920,
    ]);
    await screenshot(page, 'issue25-slide-time-up-1920');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Reset' }).click();
    expect(await up.count()).toBe(0);
    expect(await clock()).toBe('1:00');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('a returning leader', () => {
  it('sees the landing, the check page, the plan and the printed summary say what comes next', async () => {
    const { context, foreignRequests, consoleErrors } = await openContext(browser(), {
      width: 1280,
      height: 800,
    });
    const page = await newPage(context);
    await page.clock.setFixedTime(TODAY);
    const lastPlan = [
      { ...FIVE_PLAN_ITEMS[0]!, byWhen: '2026-03-31' },
      { ...FIVE_PLAN_ITEMS[4]!, byWhen: '2026-09-30' },
    ];
    await page.evaluate(
      (value) => localStorage.setItem('kai.assessment', value),
      savedAssessment(HAND_WORKED_ANSWERS, {
        plan: lastPlan,
        updatedAt: '2026-06-01T09:10:00.000Z',
      }),
    );
    await page.reload();

    // The landing: when the last round was, the next round first, the dates gone by.
    await waitForHeading(page, "Council Leaders' Key Actions for Innovation");
    await page.getByText('You finished your last round on 1 June 2026.').waitFor();
    const buttons = await page.locator('main .button').allInnerTexts();
    expect(buttons.slice(0, 2)).toEqual(['Start your next round', 'See your results']);
    expect(await page.getByRole('note').innerText()).toContain('Dates in your plan have passed');
    expect(await page.locator('main').innerText()).not.toContain('Start again');
    await look(page, 'landing-returning');

    // Start the next round from the last answers, review the plan: one partly done, one not done.
    await page.getByRole('button', { name: 'Start your next round' }).click();
    await page.getByRole('button', { name: 'Start the new round' }).click();
    await waitForHeading(page, 'Did you do what you said?');
    const outcomes = page
      .getByRole('group')
      .filter({ has: page.getByRole('radio', { name: 'Partly done' }) });
    await outcomes.nth(0).getByRole('radio', { name: 'Partly done' }).check();
    await outcomes.nth(1).getByRole('radio', { name: 'Not done' }).check();
    await page.getByRole('button', { name: 'Save the review and continue' }).click();

    // The check page: one line saying what these answers are; Change comes back to its row.
    await waitForHeading(page, 'Check your answers');
    expect(await page.locator('main p.lead').first().innerText()).toBe(
      'These are your answers from your last round, on 1 June 2026. Change those that have moved since.',
    );
    await look(page, 'check-next-round');
    const change = page.getByRole('link', { name: /^Change your answer to “Do you persist/ });
    await change.click();
    await waitForHeading(page, 'Ensure priority innovations are delivered');
    await page.getByRole('button', { name: 'Save and go back to your answers' }).click();
    await waitForHeading(page, 'Check your answers');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Change your answer to “Do you persist, persist, persist?”');

    // The plan: the two unfinished commitments first, then three weakest areas; undo; a past date.
    await page.goto(at(page, '#/plan'));
    await waitForHeading(page, 'Plan your next steps');
    const titles = () =>
      page
        .locator('section.plan-item h2')
        .evaluateAll((hs) => hs.map((h) => h.lastChild?.textContent));
    expect((await titles()).length).toBe(5);
    expect(await page.locator('#plan-0-what').inputValue()).toBe(FIVE_PLAN_ITEMS[0]!.what);
    await page.locator('#plan-2-what').fill('Write down what a failed pilot taught us');
    await page.locator('#plan-2-day').fill('31');
    await page.locator('#plan-2-month').fill('3');
    await page.locator('#plan-2-year').fill('2026');
    await page.getByText('31 March 2026 has passed. Is that right?').waitFor();
    const third = (await titles())[3]!;
    await page.getByRole('button', { name: `Remove “${third}” from plan` }).click();
    await page.getByText(`“${third}” is removed from your plan.`).waitFor();
    await look(page, 'plan-carried-undo');
    await page.getByRole('button', { name: `Undo removing “${third}”` }).click();
    expect((await titles())[3]).toBe(third);

    // Saved with rows left empty; the summary prints on two pages and says what comes next.
    await page.getByRole('button', { name: 'Save plan and see your summary' }).click();
    await waitForHeading(page, 'Your action summary');
    await page.getByRole('heading', { name: 'What comes next' }).waitFor();
    await look(page, 'summary-next');
    const pdf = `${screenshotDir}issue25-summary.pdf`;
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Look again on 6 June 2027');
    expect(text).toContain('chief executive and cabinet');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${screenshotDir}issue25-summary-pdf`]);

    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('and a facilitator: a past date in the group plan is asked about, and saved', async () => {
    const { context, consoleErrors } = await openContext(browser(), { width: 1280, height: 800 });
    const page = await newPage(context, '#/workshops');
    await page.clock.setFixedTime(TODAY);
    const id = await importWorkshop(page, eightPersonWorkshop());
    await page.goto(at(page, `#/workshops/${id}/plan/new`));
    await waitForHeading(page, 'Add a group action');
    await page.getByLabel('Which action is this about?').selectOption({ index: 1 });
    await page.getByLabel('What will the group do?').fill('Agree it at cabinet');
    await page.locator('#plan-date-day').fill('31');
    await page.locator('#plan-date-month').fill('3');
    await page.locator('#plan-date-year').fill('2026');
    await page.getByText('31 March 2026 has passed. Is that right?').waitFor();
    await look(page, 'group-plan-past-date');
    await page.getByRole('button', { name: 'Save and return to the plan' }).click();
    await waitForHeading(page, 'Group action plan');
    expect(await page.locator('main').innerText()).toContain('31 March 2026');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
