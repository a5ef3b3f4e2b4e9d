import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { encodeGroupCode, groupCodeUrl } from '../../src/domain/group/groupCode';
import { groupResultsFile } from '../../src/domain/group/groupResultsFile';
import type { GroupFigures } from '../../src/domain/group/figures';
import { FOUR, group, X } from '../domain/sector-fixtures';
import { actionIds } from '../domain/fixtures';
import {
  axeViolations,
  baseUrl,
  launchWithProfile,
  newPage,
  openContext,
  screenshot,
  screenshotDir,
} from './browser';
import { browserForFile } from './fileBrowser';
import { waitForHeading } from './journey';
import { at, checklist, responseCode, writeTemp } from './workshop-helpers';

const browser = browserForFile();
const NOW = new Date('2027-03-10T10:00:00.000Z');

const codeOf = (f: GroupFigures) => {
  const code = encodeGroupCode(f, checklist);
  if (!code.ok) throw new Error(code.message);
  return code.value;
};
const fileOf = (f: GroupFigures, name: string, exported: string) =>
  writeTemp(name, JSON.stringify(groupResultsFile(f, new Date(exported))));
const rowText = (page: Page, table: string | RegExp, header: string) =>
  page
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: header, exact: true }) })
    .first()
    .innerText()
    .then((t) => t.replace(/\s+/g, ' ').trim());
const pageCount = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
const xText = checklist.sections[0]!.actions[0]!.text;

async function paste(page: Page, text: string) {
  await page.getByLabel('Paste a group results code or link').fill(text);
  await page.getByRole('button', { name: 'Add these group results' }).click();
}

/** Four councils by code, link and two files at once: the hand-worked fixture of sector.test.ts. */
async function collectFour(page: Page) {
  await paste(page, codeOf(FOUR[0]!));
  await page.getByText('The code: added as “Group 1”.').waitFor();
  await paste(page, groupCodeUrl(baseUrl(), codeOf(FOUR[1]!)));
  await page.getByText('The code: added as “Group 2”.').waitFor();
  // Two groups: no figures, and why.
  await page.getByRole('heading', { name: 'The picture needs at least 3 groups' }).waitFor();
  expect(await page.getByText(/with two, each council could subtract its own/).count()).toBe(1);
  expect(await page.getByRole('heading', { name: 'The sector at a glance' }).count()).toBe(0);
  await page
    .getByLabel('Or add group results files')
    .setInputFiles([
      fileOf(FOUR[2]!, 'c.json', '2027-06-01T10:00:00.000Z'),
      fileOf(FOUR[3]!, 'd.json', '2027-02-14T10:00:00.000Z'),
    ]);
  await page.getByText('“d.json”: added as “Group 4”.').waitFor();
}

describe('the sector picture', () => {
  it('collects four councils and shows the figures worked out by hand; refuses what does not belong', async () => {
    const { context, foreignRequests, consoleErrors } = await openContext(browser(), {
      width: 1280,
      height: 800,
    });
    await context.clock.install({ time: NOW });
    const page = await newPage(context, '#/sector');
    await waitForHeading(page, 'The sector picture');
    expect(await axeViolations(page)).toEqual([]);
    await collectFour(page);

    // The same results again, and a member's response code: refused, each with its own message.
    await paste(page, codeOf(FOUR[0]!));
    await page
      .getByText(/already in the picture, as “Group 1”. Nothing was added./)
      .first()
      .waitFor();
    await paste(page, responseCode('c0ffee09', Object.fromEntries(actionIds.map((id) => [id, 2]))));
    await page
      .getByText(/participant's response code, not the group results/)
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.getByRole('rowheader', { name: /^Group \d$/ }).count()).toBe(4);

    await page.getByRole('heading', { name: 'The sector at a glance' }).waitFor();
    expect(await page.getByText(/^4 groups, 21 participants in all/).innerText()).toContain(
      'from 14 February 2027 to 1 June 2027',
    );
    // Climate: pooled 55.9, median group (50 + 70.83) / 2 = 60.4, lowest 27.5, highest 75
    expect(
      await rowText(page, 'Scores out of 100 in each section', 'Create the climate for innovation'),
    ).toBe('Create the climate for innovation 56 60 28 75');
    // Overall: median (50 + 73.96) / 2 = 62.0, lowest 25.6, highest 93.75
    expect(await rowText(page, 'Scores out of 100 in each section', 'Overall')).toMatch(
      /^Overall \d+ 62 26 94$/,
    );
    // X: 7, 3, 5, 4, 0 and 2 Not sure; pooled 32.9; median group 32.5; lowest 0; highest 75
    expect(await rowText(page, /^Every action/, xText)).toBe(`${xText} 7 3 5 4 0 2 33 33 0 75`);
    expect(await page.getByRole('heading', { name: new RegExp(xText) }).count()).toBe(1);
    expect(await page.getByText(`${xText}: group scores from 0 to 75.`).count()).toBe(1);
    await screenshot(page, 'issue24-sector-1280');

    // A label, then one group beside the sector.
    await page.getByRole('button', { name: 'Rename “Group 1”' }).click();
    await page.getByLabel('New label for “Group 1”').fill('Anytown cabinet, March 2027');
    await page.getByRole('button', { name: 'Save the label' }).click();
    await page.getByLabel('Choose a group').selectOption({ label: 'Anytown cabinet, March 2027' });
    await page
      .getByText(/^“Anytown cabinet, March 2027”: overall 26, in the lower quarter of the 4 groups/)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The CSV and the sector file carry the figures, never a label.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /for a spreadsheet \(CSV\)/ }).click(),
    ]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText).toContain(`,${X},`);
    expect(csvText.split('\r\n').find((l) => l.includes(`,${X},`))).toMatch(
      /^4,21,2027-02-14,2027-06-01,.*,7,3,5,4,0,2,32\.9,32\.5,0,75,11\.3,56\.3$/,
    );
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save the sector file for councils' }).click(),
    ]);
    const fileText = readFileSync((await file.path())!, 'utf8');
    for (const text of [csvText, fileText]) {
      expect(text).not.toContain('Anytown');
      expect(text).not.toContain('Group 1');
    }

    // The report for the Board: within four A4 pages, with the weakest action in its text.
    await page.getByRole('link', { name: 'Print the report for the Board' }).click();
    await page.getByRole('link', { name: 'Back to the sector picture' }).waitFor();
    expect(await page.getByText('Anytown').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    const pdf = `${screenshotDir}issue24-sector-report.pdf`;
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1],
    );
    expect(pages).toBeLessThanOrEqual(4);
    expect(
      execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    ).toContain("The sector's weakest areas");
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, `${screenshotDir}issue24-sector-report`]);

    // A leader opens the sector file and sees their own results beside it.
    await page.goto(at(page, '#/beside-sector'));
    await waitForHeading(page, 'Beside the sector');
    await page.getByLabel('Open the sector file').setInputFiles(writeTemp('sector.json', fileText));
    await page.getByRole('table', { name: /^You beside the sector's 4 groups/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('prints the report within four pages when the sector has five weak areas', async () => {
    const { context } = await openContext(browser(), { width: 1280, height: 800 });
    const page = await newPage(context, '#/sector');
    await waitForHeading(page, 'The sector picture');
    const low = [group(5, 1), group(6, 0), group(7, 2)];
    await page
      .getByLabel('Or add group results files')
      .setInputFiles(low.map((f, i) => fileOf(f, `low-${i}.json`, '2027-02-01T10:00:00.000Z')));
    await page.getByText('“low-2.json”: added as “Group 3”.').waitFor();
    await page.goto(at(page, '#/sector/report'));
    await page.getByRole('heading', { name: "The sector's weakest areas" }).waitFor();
    await screenshot(page, 'issue24-sector-report-five');
    expect(await page.locator('.report-area').count()).toBe(5);
    const pdf = `${screenshotDir}issue24-sector-report-five.pdf`;
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect(pageCount(pdf)).toBeLessThanOrEqual(4);
    await context.close();
  });

  it('works in the single file opened from disk, with no request leaving it', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'kai-sector-single-'));
    const context = await launchWithProfile(profile);
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${inject('singleFileUrl')}#/sector`);
    await waitForHeading(page, 'The sector picture');
    for (const f of FOUR.slice(0, 3)) await paste(page, codeOf(f));
    await page.getByText('The code: added as “Group 3”.').waitFor();
    await page.getByRole('heading', { name: 'The sector at a glance' }).waitFor();
    expect(await page.getByText(/^3 groups, 16 participants in all/).count()).toBe(1);
    expect(
      requests.filter((u) => u.split('#')[0] !== inject('singleFileUrl') && !u.startsWith('data:')),
    ).toEqual([]);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('reads on a phone', async () => {
    const { context } = await openContext(browser(), { width: 390, height: 844 });
    const page = await newPage(context, '#/sector');
    await waitForHeading(page, 'The sector picture');
    await collectFour(page);
    await page.getByRole('heading', { name: 'The sector at a glance' }).waitFor();
    // Wide tables scroll in their own box; the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'issue24-sector-390');
    await context.close();
  });
});
