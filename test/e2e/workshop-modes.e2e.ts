import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeResponseCode } from '../../src/domain/response/responseCode';
import { readResponseFile } from '../../src/domain/response/responseFile';
import { newWorkshop, type Workshop } from '../../src/domain/workshop/workshop';
import {
  EXPERIMENT,
  fiveAnswers,
  fivePersonWorkshop,
  NOW,
  response,
  withResponses,
} from '../domain/workshop-fixtures';
import { axeViolations, newPage, openContext, screenshot, screenshotDir } from './browser';
import { browserForFile } from './fileBrowser';
import {
  at,
  checklist,
  drawCharts,
  expectHeading,
  importWorkshop,
  mainText,
  scale,
} from './workshop-helpers';
import { waitForGroupSectionBars } from './journey';

// Names that appear nowhere in the content, so "no name on screen" cannot pass or fail by accident.
const NAMES = ['Asha Patel', 'Ben Okafor', 'Chris Doyle', 'Dee Khan', 'Eve Morgan'];

/** The hand-worked five-person workshop (test/domain/workshop-fixtures.ts), by name, revealed. */
function namedWorkshop(): Workshop {
  const start = newWorkshop(
    { title: 'Cabinet away day', council: 'Anytown Council', date: '2027-02-28', anonymous: false },
    checklist,
    'e2e-workshop',
    NOW,
  );
  const w = fivePersonWorkshop(false, { names: NAMES, start });
  return {
    ...w,
    revealed: true,
    plan: [
      {
        actionId: 'delivery.monitor-progress',
        what: 'Quarterly cabinet review of each priority innovation',
        who: 'Leader',
        byWhen: '2030-01-01',
        measure: 'Reported each quarter',
      },
    ],
  };
}

const browser = browserForFile();

const expectAccessible = async (page: Page) => expect(await axeViolations(page)).toEqual([]);
const noNames = (text: string) => NAMES.filter((name) => text.includes(name));

async function downloadFrom(page: Page, click: () => Promise<void>, name: string) {
  const download = page.waitForEvent('download');
  await click();
  const path = `${screenshotDir}${name}`;
  await (await download).saveAs(path);
  return readFileSync(path, 'utf8');
}

describe('anonymous display', () => {
  it('shows no participant name on screen, in the printed PDF, in the CSV or in the workshop file', async () => {
    const { context, consoleErrors } = await openContext(browser());
    const page = await newPage(context);
    const id = await importWorkshop(page, namedWorkshop());
    expect(await page.locator('main').innerText()).toContain(NAMES[0]);

    await page.getByRole('link', { name: 'Change how participants are shown' }).click();
    await expectHeading(page, 'Change the workshop details');
    await screenshot(page, 'workshop-desktop-16-edit-details');
    await expectAccessible(page);
    await page.getByLabel('Anonymously, as Participant 1, Participant 2 and so on').check();
    await page.getByRole('button', { name: 'Save the details' }).click();
    await expectHeading(page, 'Cabinet away day');

    const hub = page.url();
    expect(noNames(await mainText(page))).toEqual([]);
    await expect
      .poll(() => page.locator('table.participants tbody th').allInnerTexts())
      .toEqual([
        'Participant 1',
        'Participant 2',
        'Participant 3',
        'Participant 4',
        'Participant 5',
      ]);

    await page.goto(hub + '/results');
    await drawCharts(page);
    const results = await mainText(page);
    expect(noNames(results)).toEqual([]);
    expect(results).toContain('Participant 2');
    // The dots' tooltips carry labels too: every action's dots, drawn as the reader opens and reaches them
    await page
      .locator('details.every-action')
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await drawCharts(page);
    const titles = await page.locator('.chart-dots circle title').allTextContents();
    // 20 actions, five dots each (the not-sure answer in its own column); no split, so no prompts
    expect(titles).toHaveLength(20 * 5);
    expect(noNames(titles.join(' '))).toEqual([]);

    const csv = await downloadFrom(
      page,
      () => page.getByRole('button', { name: 'Download the answers (CSV)' }).click(),
      'workshop-anonymous.csv',
    );
    expect(csv.split('\r\n')).toHaveLength(1 + 100 + 1);
    expect(noNames(csv)).toEqual([]);

    await page.goto(hub);
    const file = await downloadFrom(
      page,
      () => page.getByRole('button', { name: 'export the workshop as a file' }).click(),
      'workshop-anonymous.json',
    );
    expect(noNames(file)).toEqual([]);

    await page.goto(hub + '/summary');
    await waitForGroupSectionBars(page);
    expect(noNames(await mainText(page))).toEqual([]);
    const pdf = `${screenshotDir}workshop-anonymous.pdf`;
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    expect(noNames(execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' '))).toEqual(
      [],
    );

    await page.goto(hub + '/present');
    await page.locator('.presentation .slide').waitFor();
    for (let i = 0; i < 12; i++) {
      expect(noNames(await page.locator('body').innerText())).toEqual([]);
      await page.keyboard.press('ArrowRight');
    }
    expect(id).toBeTruthy();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the printed group summary', () => {
  it('fits ten participants and a five-action plan on at most three A4 pages', async () => {
    const ten = [
      ...NAMES,
      'Farah Malik',
      'George Ellis',
      'Hannah Price',
      'Imran Shah',
      'Julia Novak',
    ];
    let w = namedWorkshop();
    w = withResponses(
      w,
      ten
        .slice(5)
        .map((name, i) => response(`d00d0${i}`, name, i % 2 ? fiveAnswers.asha : fiveAnswers.dee)),
      NOW,
    );
    const actions = checklist.sections.flatMap((s) => s.actions).slice(0, 5);
    w = {
      ...w,
      plan: actions.map((a, i) => ({
        actionId: a.id,
        what: `Group action ${i + 1}: ${'agree who does what, by when, and report back to cabinet. '.repeat(3)}`,
        who: 'Cabinet member for transformation',
        byWhen: '2030-03-31',
        measure: `Measure ${i + 1}: ${'progress reported to each cabinet meeting. '.repeat(2)}`,
      })),
    };
    const { context } = await openContext(browser());
    const page = await newPage(context);
    const id = await importWorkshop(page, w);
    await page.goto(at(page, `#/workshops/${id}/summary`));
    await waitForGroupSectionBars(page);
    const pdf = `${screenshotDir}workshop-summary-ten.pdf`;
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    const info = execFileSync('pdfinfo', [pdf]).toString();
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeLessThanOrEqual(3);
    const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
    for (const name of ten) expect(text).toContain(name);
    for (let i = 1; i <= 5; i++) expect(text).toContain(`Group action ${i}: agree who does what`);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      pdf,
      `${screenshotDir}workshop-summary-ten-page`,
    ]);
    await context.close();
  });
});

describe('presentation mode', () => {
  it('works with the keyboard alone: arrows move, Escape leaves', async () => {
    const { context, consoleErrors } = await openContext(browser());
    const page = await newPage(context);
    const id = await importWorkshop(page, namedWorkshop());
    await page.goto(at(page, `#/workshops/${id}/results`));
    await expectHeading(page, 'Group results');
    // Tab from the top of the page to the link, as a keyboard user would
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (
        (await page.evaluate(() => document.activeElement?.textContent)) === 'Present the results'
      )
        break;
    }
    await page.keyboard.press('Enter');
    await page.locator('.presentation').waitFor();
    await expectHeading(page, 'Cabinet away day');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await screenshot(page, 'workshop-desktop-20-present-title');
    await expectAccessible(page);

    const headings: string[] = [];
    for (let i = 0; i < 11; i++) {
      headings.push((await page.locator('h1').innerText()).split('\n').at(-1)!);
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(30);
    }
    expect(headings).toEqual([
      'Cabinet away day',
      'The group in each section',
      ...checklist.sections.map((s) => s.title),
      // Five members, none split: one or two members apart is not a discussion slide.
      'What leaders in councils achieving more innovations do',
      "The group's weakest areas",
      'The group action plan',
      'The group action plan', // the last screen stays put
      'The group action plan',
    ]);
    expect(await page.locator('.slide-controls p').innerText()).toBe('Screen 9 of 9');

    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectHeading(page, checklist.sections[0]!.title);
    await screenshot(page, 'workshop-desktop-21-present-section');
    await expectAccessible(page);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expectHeading(page, 'What leaders in councils achieving more innovations do');
    await screenshot(page, 'workshop-desktop-23-present-behaviours');
    await expectAccessible(page);
    await page.keyboard.press('ArrowLeft');
    await expectHeading(page, checklist.sections[3]!.title);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expectHeading(page, "The group's weakest areas");
    await screenshot(page, 'workshop-desktop-22-present-weakest');
    await expectAccessible(page);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await expectHeading(page, checklist.sections[3]!.title);

    await page.keyboard.press('Escape');
    await expectHeading(page, 'Group results');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('sharing answers with a workshop', () => {
  it('gives a file and a code that a facilitator adds, and spots the same person twice', async () => {
    const { context, consoleErrors } = await openContext(browser());
    const page = await newPage(context);
    const answers = fiveAnswers.ben;
    await page.evaluate(
      (assessment) =>
        localStorage.setItem(
          'kai.assessment',
          JSON.stringify({ version: 1, state: { assessment } }),
        ),
      {
        id: '0123456789abcdef0123456789abcdef',
        checklistId: checklist.id,
        checklistVersion: checklist.version,
        answers,
        notes: { [EXPERIMENT]: 'We pilot a lot' },
        aboutYou: { name: 'Private Person', role: '', council: '' },
        startedAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      },
    );
    await page.goto(at(page, '#/results'));
    await page.reload(); // the saved assessment is read when the app starts
    await expectHeading(page, 'Your results');
    await page.getByRole('link', { name: 'Share your answers with a workshop' }).click();
    await expectHeading(page, 'Share your answers with a workshop');
    await page.getByLabel('Your name (optional)').fill('Ben Okafor');
    await screenshot(page, 'workshop-desktop-23-share');
    await expectAccessible(page);

    const text = await downloadFrom(
      page,
      () => page.getByRole('button', { name: 'Download your response file' }).click(),
      'key-actions-response-ben-okafor.json',
    );
    const file = readResponseFile(text, checklist, scale);
    expect(file.ok && file.value).toMatchObject({
      responseId: '0123456789abcdef0123456789abcdef',
      name: 'Ben Okafor',
      answers,
      notes: { [EXPERIMENT]: 'We pilot a lot' },
    });
    expect(text).not.toContain('Private Person');
    // The name typed goes into the code too (format 2, issue 25); "About you" only prefilled it.
    const code = await page.getByLabel('Your response code').inputValue();
    expect(code).toMatch(/^KAI2-[A-Za-z0-9_-]+$/);
    const decoded = decodeResponseCode(code, checklist, scale);
    expect(decoded.ok && decoded.value.answers).toEqual(answers);
    expect(decoded.ok && decoded.value.name).toBe('Ben Okafor');

    // The facilitator adds the file, then the code from the same person. A workshop by name knows
    // them again by their assessment id; an anonymous one keeps no such id (issue 26 item 9), so
    // there the two would be two participants (test/e2e/privacy-guards.e2e.ts).
    await page.goto(at(page, '#/workshops/new'));
    await page.getByLabel('Workshop title').fill('Cabinet');
    await page.getByLabel('By name').check();
    await page.getByRole('button', { name: 'Create the workshop' }).click();
    await page.getByRole('link', { name: 'Add responses from files or codes' }).click();
    await page
      .getByLabel('Choose response files')
      .setInputFiles(`${screenshotDir}key-actions-response-ben-okafor.json`);
    await page.locator('.import-outcome .notice.success').waitFor();
    await page.getByLabel('Paste response codes').fill(code);
    await page.getByRole('button', { name: 'Add the codes' }).click();
    await expectHeading(page, 'One response is already in');
    expect(await page.locator('legend').innerText()).toContain(
      'comes from the same assessment as the answers already in for Ben Okafor',
    );
    await page.getByLabel('Keep both, as two participants').check();
    await page.getByRole('button', { name: 'Add the responses' }).click();
    await page.locator('.import-outcome .notice.success').waitFor();
    expect(await page.locator('.import-outcome h2').innerText()).toBe('1 response added');
    await page.getByRole('link', { name: 'Back to the workshop' }).first().click();
    await expect
      .poll(() => page.locator('table.participants tbody th').allInnerTexts())
      .toEqual(['Ben Okafor', 'Ben Okafor']);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('keeping several workshops', () => {
  it('imports a workshop file again: replace it, or keep both', async () => {
    const { context } = await openContext(browser());
    const page = await newPage(context);
    await importWorkshop(page, namedWorkshop());
    await page.goto(at(page, '#/workshops'));
    await page.getByLabel('Choose a workshop file').setInputFiles({
      name: 'again.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          kind: 'key-actions-for-innovation/workshop',
          formatVersion: 1,
          workshop: { ...namedWorkshop(), title: 'Renamed' },
        }),
      ),
    });
    await page.getByRole('heading', { name: '“Renamed” is already on this device' }).waitFor();
    await screenshot(page, 'workshop-desktop-24-workshop-duplicate');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Keep both' }).click();
    await expectHeading(page, 'Renamed');
    await page.goto(at(page, '#/workshops'));
    await expect
      .poll(() => page.locator('.workshop-link').allInnerTexts())
      .toEqual(expect.arrayContaining(['Renamed', 'Cabinet away day']));
    await page.getByLabel('Choose a workshop file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"kind":"key-actions-for-innovation/workshop","formatVersion":1,"workshop":{"__proto__":{}}}',
      ),
    });
    await page.getByRole('heading', { name: 'The workshop could not be imported' }).waitFor();
    expect(await page.locator('.notice.error p').innerText()).toBe(
      '“broken.json” could not be imported: it contains a key named "__proto__", which is not allowed.',
    );
    expect(await page.locator('.workshop-link').count()).toBe(2);
    await page.goto(at(page, '#/workshops/guide'));
    await expectHeading(page, 'How to run a workshop');
    await screenshot(page, 'workshop-desktop-25-guide');
    await expectAccessible(page);
    await context.close();
  });
});

describe('on a phone-sized screen (375 px)', () => {
  it('shows every workshop page without sideways scrolling', async () => {
    const { context } = await openContext(browser(), { width: 375, height: 740 });
    const page = await newPage(context);
    const id = await importWorkshop(page, { ...namedWorkshop(), revealed: false });
    const pages: [string, string][] = [
      ['#/workshops', 'workshop-mobile-01-workshops'],
      ['#/workshops/new', 'workshop-mobile-02-create'],
      [`#/workshops/${id}`, 'workshop-mobile-03-workshop'],
      [`#/workshops/${id}/turn`, 'workshop-mobile-04-turn-who'],
      [`#/workshops/${id}/add`, 'workshop-mobile-05-add-responses'],
      [`#/workshops/${id}/results`, 'workshop-mobile-06-results-hidden'],
      [`#/workshops/${id}/plan`, 'workshop-mobile-08-plan'],
      [`#/workshops/${id}/plan/new`, 'workshop-mobile-09-plan-item'],
      ['#/workshops/guide', 'workshop-mobile-11-guide'],
      ['#/share', 'workshop-mobile-12-share'],
    ];
    for (const [hash, name] of pages) {
      await page.goto(at(page, hash));
      await page.locator('h1').waitFor();
      await page.waitForTimeout(50);
      await screenshot(page, name);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        name,
      ).toBeLessThanOrEqual(375);
    }
    await page.goto(at(page, `#/workshops/${id}/turn`));
    await page.getByRole('button', { name: 'Start answering' }).click();
    await expectHeading(page, checklist.sections[0]!.title);
    await screenshot(page, 'workshop-mobile-04b-turn-section');
    // While the turn is on, no other page opens (issue 26 item 8): the facilitator ends it first.
    await page.getByRole('button', { name: 'End this turn (facilitator)' }).click();
    await page.getByRole('button', { name: 'Yes, end the turn' }).click();
    await expectHeading(page, 'Cabinet away day');

    await page.goto(at(page, `#/workshops/${id}/results`));
    await page.getByRole('button', { name: 'Reveal the group results' }).click();
    await drawCharts(page);
    await screenshot(page, 'workshop-mobile-07-results');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await page.goto(at(page, `#/workshops/${id}/summary`));
    await waitForGroupSectionBars(page);
    await screenshot(page, 'workshop-mobile-10-summary');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await page.goto(at(page, `#/workshops/${id}/present`));
    await page.locator('.presentation .slide').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectHeading(page, checklist.sections[0]!.title);
    await screenshot(page, 'workshop-mobile-13-present-section');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expectHeading(page, 'What leaders in councils achieving more innovations do');
    await screenshot(page, 'workshop-mobile-15-present-behaviours');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await page.keyboard.press('ArrowRight');
    await expectHeading(page, "The group's weakest areas");
    await screenshot(page, 'workshop-mobile-14-present-weakest');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await context.close();
  });
});
