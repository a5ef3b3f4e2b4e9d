import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { groupFigures } from '../../src/domain/group/figures';
import { encodeGroupCode } from '../../src/domain/group/groupCode';
import { decodeResponseCode } from '../../src/domain/response/responseCode';
import { inlineScriptSources } from '../../src/build/csp';
import { newWorkshop, type Workshop } from '../../src/domain/workshop/workshop';
import { fivePersonWorkshop, NOW } from '../domain/workshop-fixtures';
import { axeViolations, newPage, openContext, screenshot } from './browser';
import { browserForFile } from './fileBrowser';
import { savedAssessment, seedAssessment } from './fixtures';
import { at, checklist, expectHeading, importWorkshop, scale } from './workshop-helpers';

// Issue 26 items 7, 8 and 13, issue 25 item 1: what members are given, what a turn can reach, the
// name in a response code, and the README's account of the Content-Security-Policy.
const browser = browserForFile();
const expectAccessible = async (page: Page) => expect(await axeViolations(page)).toEqual([]);
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const HEX_ID = '00112233445566778899aabbccddeeff';

function workshopOf(people: number, anonymous = false): Workshop {
  const start = newWorkshop(
    { title: 'Cabinet away day', council: 'Anytown Council', date: '2027-02-28', anonymous },
    checklist,
    `e2e-${people}-${anonymous ? 'anon' : 'named'}`,
    NOW,
  );
  const w = fivePersonWorkshop(anonymous, { start });
  return { ...w, participants: w.participants.slice(0, people), revealed: true };
}

describe('group results given to members (issue 26 item 7)', () => {
  it('stay on the facilitator’s screen below five, and older codes for small groups say why they do not open', async () => {
    for (const viewport of [LAPTOP, PHONE]) {
      const size = viewport === LAPTOP ? 'desktop' : 'phone';
      const { context, foreignRequests } = await openContext(browser(), viewport);
      const page = await newPage(context);
      await importWorkshop(page, workshopOf(4));
      const main = page.locator('main');
      await main.getByText('The group results stay on this screen.').waitFor();
      expect(await main.innerText()).toContain(
        '4 people have answered, and the group results are given to members only when at least 5 have',
      );
      expect(await page.getByRole('link', { name: 'Show the group results QR code' }).count()).toBe(
        0,
      );
      expect(
        await page.getByRole('button', { name: 'Download the group results file' }).count(),
      ).toBe(0);
      await main.getByText('The group results stay on this screen.').scrollIntoViewIfNeeded();
      await screenshot(page, `privacy-${size}-group-under-five-workshop`);
      await expectAccessible(page);

      // The projector's QR page, from the address bar, gives nothing out either.
      await page.goto(at(page, `#/workshops/e2e-4-named/show/group`));
      await expectHeading(page, 'The group results stay on this screen');
      await screenshot(page, `privacy-${size}-group-under-five-qr`);
      await expectAccessible(page);

      // A code made earlier for four (by an older version) no longer opens, and says why.
      const four = groupFigures(workshopOf(4), checklist, scale, 3);
      const code = four.ok ? encodeGroupCode(four.value, checklist) : four;
      if (!code.ok) throw new Error(code.message);
      await page.goto(at(page, `#/group/${code.value}`));
      await expectHeading(page, 'You and the group');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain(
        'The code in the address could not be opened: it was made for a group of 4. Group results are now given to members only for groups of at least 5',
      );
      await screenshot(page, `privacy-${size}-group-old-small-code`);
      await expectAccessible(page);
      expect(foreignRequests).toEqual([]);
      await context.close();
    }
  });

  it('are given out from five', async () => {
    const { context } = await openContext(browser());
    const page = await newPage(context);
    await importWorkshop(page, workshopOf(5));
    await page.getByRole('link', { name: 'Show the group results QR code' }).waitFor();
    await context.close();
  });
});

describe('a turn on the facilitator’s device (issue 26 item 8)', () => {
  it('opens none of the owner’s pages from the address bar, and leads back to the turn', async () => {
    for (const viewport of [LAPTOP, PHONE]) {
      const size = viewport === LAPTOP ? 'desktop' : 'phone';
      const { context, foreignRequests, consoleErrors } = await openContext(browser(), viewport);
      const page = await newPage(context);
      await seedAssessment(page);
      const w = { ...workshopOf(0), revealed: false };
      await importWorkshop(page, w);
      await page.getByRole('link', { name: 'Start a turn on this device' }).click();
      await expectHeading(page, 'Your turn to answer');
      await page.getByRole('button', { name: 'Start answering' }).click();
      const first = checklist.sections[0]!;
      await expectHeading(page, first.title);
      await page.locator('fieldset').first().getByRole('radio', { name: 'To some extent' }).check();

      for (const hash of [
        '#/results',
        '#/check',
        '#/summary',
        '#/plan',
        '#/your-data',
        '#/',
        '#/workshops',
        `#/workshops/${w.id}`,
        `#/workshops/${w.id}/present`,
        '#/history',
        '#/privacy',
      ]) {
        await page.goto(at(page, hash));
        await expectHeading(page, 'This page is closed during a turn');
        const text = await page.locator('body').innerText();
        expect(text, hash).not.toContain('Delete all my data');
        expect(text, hash).not.toContain('A Leader');
        expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
      }
      await screenshot(page, `privacy-${size}-turn-closed-page`);
      await expectAccessible(page);

      // The way back returns to the section, with the answer given still there.
      await page.getByRole('link', { name: 'Back to the turn' }).click();
      await expectHeading(page, first.title);
      expect(
        await page
          .locator('fieldset')
          .first()
          .getByRole('radio', { name: 'To some extent' })
          .isChecked(),
      ).toBe(true);

      // The facilitator's way out ends the turn; then the owner's pages open again.
      await page.getByRole('button', { name: 'End this turn (facilitator)' }).click();
      await page.getByRole('button', { name: 'Yes, end the turn' }).click();
      await expectHeading(page, w.title);
      await page.goto(at(page, '#/your-data'));
      await page.getByRole('heading', { name: 'Delete all my data' }).waitFor();
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    }
  });
});

describe('a name in the response code (issue 25 item 1)', () => {
  it('is prefilled from About you, editable, at most 60 characters, and reaches a workshop by name only', async () => {
    let code = '';
    for (const viewport of [LAPTOP, PHONE]) {
      const size = viewport === LAPTOP ? 'desktop' : 'phone';
      const { context, foreignRequests } = await openContext(browser(), viewport);
      const page = await newPage(context);
      await seedAssessment(page, savedAssessment(undefined, { id: HEX_ID }));
      await page.goto(at(page, '#/share'));
      await expectHeading(page, 'Share your answers with a workshop');
      const field = page.getByLabel('Your name (optional)');
      expect(await field.inputValue()).toBe('A Leader');
      const codeBox = page.getByLabel('Your response code');
      code = await codeBox.inputValue();
      expect(code).toMatch(/^KAI2-/);
      const read = decodeResponseCode(code, checklist, scale);
      expect(read.ok && read.value.name).toBe('A Leader');
      await screenshot(page, `privacy-${size}-share-name`);
      await expectAccessible(page);
      await field.fill('x'.repeat(70));
      expect(await field.inputValue()).toHaveLength(60);
      await field.fill('');
      await expect.poll(() => codeBox.inputValue()).toMatch(/^KAI1-/);
      expect(foreignRequests).toEqual([]);
      await context.close();
    }

    // By name, the facilitator sees it; anonymously, it is dropped on arrival and never stored.
    for (const anonymous of [false, true]) {
      const { context } = await openContext(browser());
      const page = await newPage(context);
      const w = { ...workshopOf(0, anonymous), revealed: false };
      await importWorkshop(page, w);
      await page.getByRole('link', { name: 'Add responses from files or codes' }).click();
      await page.getByLabel('Paste response codes').fill(code);
      await page.getByRole('button', { name: 'Add the codes' }).click();
      await page.waitForFunction(() =>
        localStorage.getItem('kai.workshops')?.includes('"source":"code"'),
      );
      await page.goto(at(page, `#/workshops/${w.id}`));
      await expectHeading(page, w.title);
      const text = await page.locator('main').innerText();
      const saved = await page.evaluate(() => localStorage.getItem('kai.workshops') ?? '');
      if (anonymous) {
        expect(text).toContain('Participant 1');
        for (const s of [text, saved]) {
          expect(s).not.toContain('A Leader');
          expect(s).not.toContain(HEX_ID);
        }
      } else {
        expect(text).toContain('A Leader');
        expect(saved).toContain(HEX_ID);
      }
      await context.close();
    }
  });
});

describe('the privacy page and the guide (issue 26 item 7)', () => {
  it('say precisely what members can and cannot learn from the group results', async () => {
    for (const viewport of [LAPTOP, PHONE]) {
      const size = viewport === LAPTOP ? 'desktop' : 'phone';
      const { context } = await openContext(browser(), viewport);
      const page = await newPage(context, '#/privacy');
      await expectHeading(page, 'Privacy');
      await page.getByRole('heading', { name: 'In a workshop' }).waitFor();
      const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      for (const words of [
        'but only when at least 5 members have answered',
        'how many people gave each answer, and how many were not sure',
        'Counts can never hide it when everyone else answered alike',
        'two or three members together could work out another member',
        'gives your answers a new number of its own',
      ])
        expect(text).toContain(words);
      await page.getByRole('heading', { name: 'In a workshop' }).scrollIntoViewIfNeeded();
      await screenshot(page, `privacy-${size}-privacy-page`);
      await expectAccessible(page);
      await page.goto(at(page, '#/workshops/guide'));
      await page.getByText('It is given out only when at least 5 members have').waitFor();
      await expectAccessible(page);
      await context.close();
    }
  });
});

describe('the README on the Content-Security-Policy (issue 26 item 13)', () => {
  it('gives the numbers of inline scripts each build really has', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(
      /\s+/g,
      ' ',
    );
    const hosted = readFileSync(`${inject('distDir')}/index.html`, 'utf8');
    const single = readFileSync(inject('singleFile'), 'utf8');
    const words = ['no', 'one', 'two', 'three', 'four'];
    const policy = (html: string) => /Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!;
    expect(readme).toContain(`has **${words[inlineScriptSources(hosted).length]} inline scripts**`);
    expect(readme).toContain(
      `The single file has **${words[inlineScriptSources(single).length]} inline scripts**`,
    );
    expect(readme).toContain(
      `**${words[[...single.matchAll(/<style[\s>]/g)].length]} inline stylesheet**`,
    );
    expect(hosted.match(/<style[\s>]/g)).toBeNull();
    // Every inline script is allowed by its hash, and nothing by 'unsafe-inline'.
    for (const html of [hosted, single]) {
      for (const hash of inlineScriptSources(html)) expect(policy(html)).toContain(hash);
      expect(policy(html)).not.toContain('unsafe-inline');
    }
    expect(policy(hosted)).toContain("script-src 'self'");
    expect(policy(hosted)).toContain("style-src 'self'");
  });
});
