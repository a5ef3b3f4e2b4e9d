import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  EXPERIMENT,
  fiveAnswers,
  fivePersonWorkshop,
  MONITOR,
  PERSIST,
} from '../domain/workshop-fixtures';
import { axeViolations, baseUrl, newPage, openContext, screenshot } from './browser';
import { browserForFile } from './fileBrowser';
import { groupFigures } from '../../src/domain/group/figures';
import { encodeGroupCode, groupCodeUrl } from '../../src/domain/group/groupCode';
import { groupResultsFile } from '../../src/domain/group/groupResultsFile';
import { researchContent } from '../../src/domain/content/research';
import { groupView } from '../../src/domain/group/groupView';
import { eightPersonWorkshop } from './eight-person';
import { savedAssessment } from './fixtures';
import { readQr } from './qr-read';
import {
  checklist,
  expectHeading,
  importWorkshop,
  responseCode,
  scale,
  writeTemp,
} from './workshop-helpers';

const browser = browserForFile();

const actionText = (id: string) =>
  checklist.sections.flatMap((s) => s.actions).find((a) => a.id === id)!.text;
const sectionTitle = (id: string) =>
  checklist.sections.find((s) => s.id === id.split('.')[0])!.title;
const texts = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
const DEE_ID = 'c0ffee02';

/** The address the group QR code holds for the five-person workshop, worked out independently. */
function groupAddressFor() {
  const figures = groupFigures(fivePersonWorkshop(), checklist, scale);
  if (!figures.ok) throw new Error(figures.message);
  const code = encodeGroupCode(figures.value, checklist);
  if (!code.ok) throw new Error(code.message);
  return groupCodeUrl(baseUrl(), code.value);
}

describe('the in-room flow with QR codes', () => {
  // Generous timeouts: each QR code is read back from the screen, and axe checks every state.
  it(
    'shows the join code and the group code on the projector, each readable',
    { timeout: 150_000 },
    async () => {
      const { context, foreignRequests, consoleErrors } = await openContext(browser(), {
        width: 1280,
        height: 800,
      });
      const page = await newPage(context, '#/workshops');
      await expectHeading(page, 'Workshops');
      const workshop = { ...fivePersonWorkshop(false), revealed: true };
      await importWorkshop(page, workshop);

      // Join: the app's own address, as a QR code and as text to copy.
      const joinQr = page.getByRole('img', { name: /QR code for phones to scan/ });
      expect(await readQr(joinQr)).toBe(baseUrl());
      expect(await page.getByRole('textbox', { name: "The app's address" }).inputValue()).toBe(
        baseUrl(),
      );
      await screenshot(page, 'in-room-01-workshop-page');
      expect(await axeViolations(page)).toEqual([]);

      await page.setViewportSize({ width: 1920, height: 1080 });
      await page
        .getByRole('link', { name: 'Show the QR code full screen, for the projector' })
        .click();
      await expectHeading(page, 'Answer on your phone');
      expect(await readQr(page.getByRole('img', { name: /QR code for phones to scan/ }))).toBe(
        baseUrl(),
      );
      await page.screenshot({ path: `${shotDir()}projector-join-qr.png` });
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expectHeading(page, workshop.title);

      // The group results, for members to take away: a code in an address that opens the app.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download the group results file' }).click();
      const file = readFileSync((await (await download).path())!, 'utf8');
      for (const word of ['Asha', 'Ben', 'Chris', 'Dee', 'Eve', 'We pilot a lot']) {
        expect(file).not.toContain(word);
      }
      await page.getByRole('link', { name: 'Show the group results QR code' }).click();
      await expectHeading(page, 'Take the group results with you');
      const groupAddress = await page
        .getByRole('textbox', { name: 'The group results address' })
        .inputValue();
      expect(groupAddress).toBe(groupAddressFor());
      expect(groupAddress).toMatch(/#\/group\/KAG1-/);
      expect(await readQr(page.getByRole('img', { name: /QR code for members to scan/ }))).toBe(
        groupAddress,
      );
      await page.screenshot({ path: `${shotDir()}projector-group-qr.png` });
      expect(await axeViolations(page)).toEqual([]);
      // The downloaded file is the one the domain writes (its time of export aside).
      const withoutTime = (text: string) => ({ ...JSON.parse(text), exportedAt: null });
      expect(withoutTime(file)).toEqual(withoutTime(groupFileText()));
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
  );

  it(
    "shows a member her own answers against the group's (hand-worked), and her own QR code",
    { timeout: 150_000 },
    async () => {
      const groupAddress = groupAddressFor();

      // Dee, on her own phone, with her own answers saved there.
      const member = await openContext(browser(), { width: 390, height: 844 });
      const file = groupFileText();
      const phone = await newPage(member.context);
      await phone.evaluate(
        (saved) => localStorage.setItem('kai.assessment', saved),
        savedAssessment(fiveAnswers.dee, { id: DEE_ID }),
      );
      const requests: string[] = [];
      member.context.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
      await phone.goto(groupAddress);
      await phone.reload();
      await expectHeading(phone, 'You and the group');
      expect(await phone.locator('.lead').innerText()).toContain('the 5 people in the workshop');
      // Worked by hand (test/domain/workshop-fixtures.ts): on "monitor progress" Dee answered 0 and
      // the other four 3, 3, 2, 2; nowhere else is she two points from everyone else.
      expect(await texts(phone, '#stand-apart-list li')).toEqual([
        `${sectionTitle(MONITOR)} ${actionText(MONITOR)} You answered “Not at all”; everyone else answered from “To some extent” to “To a large extent”.`,
      ]);
      // Every action but "experiment" (0–4) and "monitor" (0–3) has answers within one point.
      expect(await phone.locator('main').innerText()).toContain(
        'On 18 of 20 actions, every answer was within one point of the others.',
      );
      // The group's weakest areas: group score 50 on three actions; monitor first (a key finding).
      const weak = await texts(phone, 'section.card h3');
      expect(weak.map((h) => h.replace(/^\d\. [^]*?(?=\S+$)/, ''))).toHaveLength(3);
      expect(weak[0]).toContain(actionText(MONITOR));
      expect(weak[1]).toContain(actionText(PERSIST));
      expect(weak[2]).toContain(actionText(EXPERIMENT));
      expect(await texts(phone, 'section.card > h3 + p')).toEqual([
        'Group score 50. The group: 1 “Not at all”, 2 “To some extent”, 2 “To a large extent”. You: “Not at all”.',
        'Group score 50. The group: 5 “To some extent”. You: “To some extent”.',
        'Group score 50. The group: 1 “Not at all”, 3 “To some extent”, 1 “Fully – it is how we work”. You: “To some extent”.',
      ]);
      const experimentRow = await texts(
        phone,
        `tr:has(th:text-is("${actionText(EXPERIMENT)}")) td`,
      );
      expect(experimentRow).toEqual([
        'To some extent',
        '2.0',
        '1 “Not at all”, 3 “To some extent”, 1 “Fully – it is how we work”',
      ]);
      await screenshot(phone, 'member-phone-you-and-group');
      await phone.screenshot({ path: `${shotDir()}member-phone-you-and-group-top.png` });
      await phone
        .getByRole('heading', { name: "The group's weakest areas" })
        .scrollIntoViewIfNeeded();
      await phone.screenshot({ path: `${shotDir()}member-phone-you-and-group-weak.png` });
      expect(await axeViolations(phone)).toEqual([]);
      // Nothing of hers left the phone: only the app's own files were fetched, and nothing was sent.
      expect(requests.every((r) => r.startsWith(`GET ${new URL(baseUrl()).origin}`))).toBe(true);
      expect(requests.some((r) => r.includes('?'))).toBe(false);

      // A code that does not check out gets one message; the code pasted, or the file, still open.
      await phone.goto(groupAddress.replace(/#.*$/, '#/group/KAG1-AAAAAAAAAAAAAAAA'));
      await phone
        .getByRole('heading', { name: 'These group results could not be opened' })
        .waitFor();
      expect(await phone.getByRole('alert').innerText()).toContain('does not check out');
      expect(await axeViolations(phone)).toEqual([]);
      await phone.getByLabel('Paste the group results code or address').fill('KAI1-nope');
      await phone.getByRole('button', { name: 'Open the group results', exact: true }).click();
      await phone.locator('.error-summary').waitFor();
      expect(await phone.locator('.error-summary').innerText()).toContain(
        "a participant's response code, not the group results",
      );
      expect(await axeViolations(phone)).toEqual([]);
      await phone
        .getByLabel('Or open the group results file')
        .setInputFiles(writeTemp('group.json', file));
      await expectHeading(phone, 'You and the group');
      await phone.locator('h2', { hasText: 'Where you stand apart' }).waitFor();

      // Her share page: the response code as a QR code beside the same code as text.
      await phone.goto(`${baseUrl()}#/share`);
      await expectHeading(phone, 'Share your answers with a workshop');
      // The name field is prefilled from "About you" (issue 25), so the code carries it.
      const code = responseCode(DEE_ID, fiveAnswers.dee, 'A Leader');
      expect(await phone.getByRole('textbox', { name: 'Your response code' }).inputValue()).toBe(
        code,
      );
      expect(
        await readQr(phone.getByRole('img', { name: /QR code for the facilitator to scan/ })),
      ).toBe(code);
      await screenshot(phone, 'member-phone-share-qr');
      expect(await axeViolations(phone)).toEqual([]);

      expect(member.foreignRequests).toEqual([]);
      expect(member.consoleErrors).toEqual([]);
      await member.context.close();
    },
  );

  it('times each discussion slide silently, in the order of the group results', async () => {
    const { context, consoleErrors } = await openContext(browser(), { width: 1920, height: 1080 });
    const page = await newPage(context, '#/workshops');
    await expectHeading(page, 'Workshops');
    const workshop = eightPersonWorkshop();
    const id = await importWorkshop(page, workshop);
    await page.goto(page.url().replace(/#.*$/, `#/workshops/${id}/present`));
    const status = page.locator('.slide-controls p[aria-live]');
    await expect.poll(() => status.innerText()).toMatch(/^Screen 1 of/);
    const total = Number((await status.innerText()).match(/of (\d+)/)![1]);
    // Title, overview, four sections, then the discussions in the group results' order.
    const splits = groupView(workshop, { checklist, scale, ...researchContent }).disagreements;
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expectHeading(page, actionText(splits[0]!.actionId));
    await page.keyboard.press('ArrowRight');
    await expectHeading(page, actionText(splits[1]!.actionId));

    // The minutes box takes the arrow keys itself; the slide stays.
    const minutes = page.getByLabel('Timer, minutes');
    await minutes.fill('1');
    await minutes.press('ArrowUp');
    await minutes.press('ArrowDown');
    expect(await status.innerText()).toBe(`Screen 8 of ${total}`);
    expect(total).toBeGreaterThan(8);
    const timer = page.getByRole('timer');
    expect(await timer.textContent()).toBe('Time left: 1:00');
    const clock = {
      innerText: async () => (await timer.textContent())!.replace(/Time left:\s*/, ''),
    };
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => clock.innerText(), { timeout: 5000 }).toMatch(/^0:5[89]$/);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await clock.innerText();
    await page.waitForTimeout(1500);
    expect(await clock.innerText()).toBe(paused);
    await page.screenshot({ path: `${shotDir()}projector-timer.png` });
    expect(await axeViolations(page)).toEqual([]);
    // One timer for the discussion (issue 25): another slide shows the same paused time.
    await page.keyboard.press('ArrowLeft');
    expect(await clock.innerText()).toBe(paused);
    await page.keyboard.press('ArrowRight');
    expect(await clock.innerText()).toBe(paused);
    await page.getByRole('button', { name: 'Reset' }).click();
    expect(await clock.innerText()).toBe('1:00');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

/** The group results file as the facilitator's page writes it (src/domain/group/groupResultsFile.ts). */
function groupFileText() {
  const figures = groupFigures(fivePersonWorkshop(), checklist, scale);
  if (!figures.ok) throw new Error(figures.message);
  return JSON.stringify(groupResultsFile(figures.value, new Date()));
}

const shotDir = () => new URL('../../test-results/screenshots/', import.meta.url).pathname;
