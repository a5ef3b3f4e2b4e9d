import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../src/domain/response/base64url';
import { crc16 } from '../../src/domain/response/crc16';
import { addNames } from '../../src/domain/workshop/participants';
import { WORKSHOP_LIMITS, type Workshop } from '../../src/domain/workshop/workshop';
import { emptyWorkshop, fivePersonWorkshop, NOW } from '../domain/workshop-fixtures';
import { newPage, openContext, screenshot } from './browser';
import { browserForFile } from './fileBrowser';
import { savedAssessment } from './fixtures';
import { answerSectionByKeyboard, waitForFocusedHeading, type Choice } from './journey';
import {
  at,
  checklist,
  expectHeading,
  responseCode,
  workshopFileText,
  writeTemp,
} from './workshop-helpers';

// Issue 14: the eight ways a user's work was lost, each reproduced in Chromium on the build before the
// fix. Every test here failed then.

const browser = browserForFile();

const ASSESSMENT = 'kai.assessment';
const WORKSHOPS = 'kai.workshops';
const [climate] = checklist.sections;
const savedWorkshops = (workshops: unknown[]) =>
  JSON.stringify({ version: 1, state: { workshops } });

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const storedJson = async (page: Page, key: string) => JSON.parse((await stored(page, key))!);
/** Every copy set aside for a key, oldest first. */
const copies = (page: Page, key: string) =>
  page.evaluate(
    (k) =>
      Object.keys(localStorage)
        .filter((x) => x.startsWith(`${k}:unreadable`))
        .sort()
        .map((x) => localStorage.getItem(x)),
    key,
  );

/**
 * A response code laid out as docs/formats.md says, with a valid checksum, but an id of `bytes` bytes:
 * the old decoder took up to 255, and the saved workshop then refused to load.
 */
function codeWithLongId(bytes: number) {
  const valid = fromBase64url(responseCode('ab', {}).slice('KAI1-'.length))!;
  const id = new Uint8Array(bytes).fill(0xab);
  const body = new Uint8Array([...valid.subarray(0, 3), bytes, ...id, ...valid.subarray(5, -2)]);
  const check = crc16(body);
  return `KAI1-${toBase64url(new Uint8Array([...body, check >> 8, check & 0xff]))}`;
}

async function seed(page: Page, items: Record<string, string>) {
  await page.evaluate((all) => {
    for (const [k, v] of Object.entries(all)) localStorage.setItem(k, v);
  }, items);
  await page.reload();
}

/**
 * Fills this origin's localStorage to the browser's real quota with filler keys (not the app's), then
 * frees `room` characters, so the next write bigger than that fails as it would on a full disk.
 */
async function fillStorage(page: Page, room: number) {
  await page.evaluate((free) => {
    let chunk = 'x'.repeat(1 << 20);
    let i = 0;
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
        i++;
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
    const big = localStorage.getItem('filler-0')!;
    localStorage.setItem('filler-0', big.slice(0, big.length - free));
  }, room);
}

const radio = (page: Page, question: number, label: string) =>
  page.locator('fieldset').nth(question).getByRole('radio', { name: label, exact: true });
const alerts = (page: Page) => page.getByRole('alert').allInnerTexts();

describe('1. two tabs', () => {
  it('keep both tabs’ answers, and a delete in one stays deleted in the other', async () => {
    const { context } = await openContext(browser());
    const one = await newPage(context, `#/section/${climate!.id}`);
    const two = await newPage(context, `#/section/${climate!.id}`);
    await expectHeading(one, climate!.title);
    await expectHeading(two, climate!.title);

    await radio(one, 0, 'To some extent').check();
    await one
      .getByLabel(/What makes you say that/)
      .first()
      .fill('Asked in tab one');
    await radio(two, 1, 'Fully – it is how we work').check();
    // Tab two follows tab one: its screen shows tab one's answer too.
    await expect.poll(() => radio(two, 0, 'To some extent').isChecked()).toBe(true);

    await one.reload();
    await expectHeading(one, climate!.title);
    const { answers, notes } = (await storedJson(one, ASSESSMENT)).state.assessment;
    expect(answers).toEqual({
      [climate!.actions[0]!.id]: 2,
      [climate!.actions[1]!.id]: 4,
    });
    expect(notes[climate!.actions[0]!.id]).toBe('Asked in tab one');
    expect(await radio(one, 1, 'Fully – it is how we work').isChecked()).toBe(true);

    // Delete everything in tab one; tab two's next answer must not bring any of it back.
    await one.goto(at(one, '#/your-data'));
    await one.getByRole('button', { name: 'Delete all my data' }).click();
    await one.getByRole('button', { name: 'Yes, delete all my data' }).click();
    await expectHeading(one, 'All your data has been deleted');
    await expect.poll(() => radio(two, 0, 'To some extent').isChecked()).toBe(false);
    await radio(two, 2, 'Not at all').check();
    const after = (await storedJson(two, ASSESSMENT)).state.assessment;
    expect(after.answers).toEqual({ [climate!.actions[2]!.id]: 0 });
    expect(after.notes).toEqual({});
    await context.close();
  });

  it('keep response codes added to one workshop in two tabs', async () => {
    const { context } = await openContext(browser());
    const one = await newPage(context, '#/workshops');
    await seed(one, { [WORKSHOPS]: savedWorkshops([emptyWorkshop()]) });
    const two = await newPage(context, '#/workshops/w1/add');
    await one.goto(at(one, '#/workshops/w1/add'));
    for (const [page, id] of [
      [one, 'aa11'],
      [two, 'bb22'],
    ] as const) {
      await expectHeading(page, 'Add responses');
      await page
        .getByLabel('Paste response codes')
        .fill(responseCode(id, { 'climate.encourage-creativity': 3 }));
      await page.getByRole('button', { name: 'Add the codes' }).click();
      await page.getByText(/1 response added/i).waitFor();
    }
    const saved = (await storedJson(one, WORKSHOPS)).state.workshops[0];
    expect(
      saved.participants.map((p: { response: { responseId: string } }) => p.response.responseId),
    ).toEqual(['aa11', 'bb22']);
    await context.close();
  });
});

describe('2. importing a file when storage is nearly full', () => {
  it('stops, and says so, when the snapshot of the current assessment cannot be written', async () => {
    const { context } = await openContext(browser());
    const page = await newPage(context, '#/your-data');
    await seed(page, { [ASSESSMENT]: savedAssessment() });
    const before = await stored(page, ASSESSMENT);
    await fillStorage(page, 200);
    // A smaller assessment, which on its own would fit.
    const file = JSON.parse(savedAssessment({ 'climate.encourage-creativity': 1 }));
    const text = JSON.stringify({
      kind: 'key-actions-for-innovation/assessment',
      formatVersion: 1,
      exportedAt: NOW.toISOString(),
      checklist: { id: checklist.id, version: checklist.version, title: checklist.title },
      assessment: { ...file.state.assessment, notes: {}, aboutYou: {} },
    });
    await page.getByLabel(/Choose an assessment file/).setInputFiles(writeTemp('small.json', text));
    await page.getByRole('button', { name: 'Replace my assessment' }).click();
    await page.getByText(/The file has not been opened/).waitFor();
    expect(await page.getByText(/kept as a snapshot from/).count()).toBe(0);
    expect(await stored(page, ASSESSMENT)).toBe(before);
    await screenshot(page, 'nothing-lost-import-storage-full');
    await context.close();
  });
});

describe('3. a change that was not saved', () => {
  it('is still reported after another kind of data saves', async () => {
    const { context } = await openContext(browser());
    const page = await newPage(context, '#/workshops');
    await seed(page, {
      [ASSESSMENT]: savedAssessment(),
      [WORKSHOPS]: savedWorkshops([emptyWorkshop()]),
    });
    await page.goto(at(page, '#/workshops/w1/add'));
    await expectHeading(page, 'Add responses');
    await fillStorage(page, 50);
    await page.getByLabel('Paste response codes').fill(responseCode('cc33', {}));
    await page.getByRole('button', { name: 'Add the codes' }).click();
    await page
      .getByRole('heading', { name: /change to your workshops has not been saved/ })
      .waitFor();

    // An answer of the same length saves; the workshop's failure must still show.
    await page.goto(at(page, `#/section/${climate!.id}`));
    await expectHeading(page, climate!.title);
    await radio(page, 0, 'To a large extent').check();
    await expect
      .poll(
        async () =>
          (await storedJson(page, ASSESSMENT)).state.assessment.answers[climate!.actions[0]!.id],
      )
      .toBe(3);
    expect((await alerts(page)).join('\n')).toMatch(/change to your workshops has not been saved/);
    expect((await alerts(page)).join('\n')).not.toMatch(/change to your answers/);
    await screenshot(page, 'nothing-lost-not-saved-per-key');
    await context.close();
  });
});

describe('4. what the app accepts, it can load again', () => {
  it('refuses a response code whose id is longer than 32 bytes, and keeps the workshops', async () => {
    const { context } = await openContext(browser());
    const page = await newPage(context, '#/workshops');
    await seed(page, { [WORKSHOPS]: savedWorkshops([emptyWorkshop()]) });
    await page.goto(at(page, '#/workshops/w1/add'));
    await expectHeading(page, 'Add responses');
    await page.getByLabel('Paste response codes').fill(codeWithLongId(40));
    await page.getByRole('button', { name: 'Add the codes' }).click();
    await page.getByText(/could not be added: it is not the length of a response code/).waitFor();
    await page.reload();
    await page.goto(at(page, '#/workshops'));
    await page.getByRole('link', { name: 'Cabinet away day' }).waitFor();
    await context.close();
  });

  it('refuses the year 0026', async () => {
    const { context } = await openContext(browser());
    const page = await newPage(context, '#/workshops/new');
    await expectHeading(page, 'Create a workshop');
    await page.getByLabel('Workshop title').fill('Typo year');
    await page.getByLabel('Day').fill('2');
    await page.getByLabel('Month').fill('3');
    await page.getByLabel('Year').fill('0026');
    await page.getByLabel('By name').check();
    await page.getByRole('button', { name: 'Create the workshop' }).click();
    await page
      .locator('.error-summary')
      .getByText('The date of the workshop must be in 1900 or later')
      .waitFor();
    expect(await stored(page, WORKSHOPS)).toBeNull();
    await context.close();
  });

  it('never takes a 501st participant, nor a number past the highest', async () => {
    const { context } = await openContext(browser());
    const page = await newPage(context, '#/workshops');
    const names = Array.from({ length: WORKSHOP_LIMITS.participants }, (_, i) => `Person ${i + 1}`);
    const full = addNames(emptyWorkshop(), names, NOW);
    const high: Workshop = {
      ...fivePersonWorkshop(),
      id: 'w2',
      title: 'High numbers',
      participants: fivePersonWorkshop().participants.map((p, i) => ({
        ...p,
        number: i === 0 ? 1_000_000 : p.number,
      })),
    };
    await seed(page, { [WORKSHOPS]: savedWorkshops([full, high]) });
    await page.goto(at(page, '#/workshops/w1/turn'));
    await expectHeading(page, 'Your turn to answer');
    expect(await page.getByLabel('Someone not on the list').isVisible()).toBe(false);

    await page.goto(at(page, '#/workshops/w2/add'));
    await expectHeading(page, 'Add responses');
    await page.getByLabel('Paste response codes').fill(responseCode('dd44', {}));
    await page.getByRole('button', { name: 'Add the codes' }).click();
    await page.getByText(/1 response added/i).waitFor();
    await page.reload();
    await page.goto(at(page, '#/workshops'));
    await page.getByRole('link', { name: 'High numbers' }).waitFor();
    expect(await page.getByRole('link', { name: 'Cabinet away day' }).count()).toBe(1);
    expect(await alerts(page)).toEqual([]);
    await context.close();
  });
});

describe('5. saved data in format 0', () => {
  it('is set aside and reported, not wiped', async () => {
    const { context } = await openContext(browser());
    const page = await newPage(context, '');
    const zero = savedAssessment().replace('"version":1', '"version":0');
    await seed(page, { [ASSESSMENT]: zero });
    await page.getByRole('heading', { name: 'Your saved answers could not be used' }).waitFor();
    expect((await alerts(page)).join('\n')).toMatch(/in format 0, which this version/);
    expect(await stored(page, ASSESSMENT)).toBe(zero);
    expect(await copies(page, ASSESSMENT)).toEqual([zero]);
    await context.close();
  });
});

describe('6. the set-aside copy', () => {
  it('when storage is full: says no copy was kept, and the next answer does not overwrite the original', async () => {
    const { context } = await openContext(browser());
    const page = await newPage(context, '');
    const damaged = savedAssessment().slice(0, 400);
    await page.evaluate((d) => localStorage.setItem('kai.assessment', d), damaged);
    await fillStorage(page, 100);
    await page.goto(at(page, `#/section/${climate!.id}`));
    await page.reload();
    await page.getByRole('heading', { name: 'Your saved answers could not be used' }).waitFor();
    expect((await alerts(page)).join('\n')).toMatch(/no separate copy could be kept/);
    expect((await alerts(page)).join('\n')).not.toMatch(/has been kept/);
    await radio(page, 0, 'Not at all').check();
    expect(await stored(page, ASSESSMENT)).toBe(damaged);
    await screenshot(page, 'nothing-lost-copy-failed');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'nothing-lost-copy-failed-phone');
    await context.close();
  });

  it('is one per incident: a second incident never overwrites the first copy', async () => {
    const { context } = await openContext(browser());
    const page = await newPage(context, '');
    const first = savedAssessment().slice(0, 300);
    const second = savedAssessment().slice(0, 500);
    await seed(page, { [ASSESSMENT]: first });
    await page.getByRole('heading', { name: 'Your saved answers could not be used' }).waitFor();
    await seed(page, { [ASSESSMENT]: second });
    await page.getByRole('heading', { name: 'Your saved answers could not be used' }).waitFor();
    expect(await copies(page, ASSESSMENT)).toEqual([first, second]);
    await context.close();
  });
});

describe('7. very deep nesting', () => {
  it('in a saved workshop: that workshop is set aside, the others kept and not overwritten', async () => {
    const { context } = await openContext(browser());
    const page = await newPage(context, '#/workshops');
    const good = emptyWorkshop();
    const text = savedWorkshops([good, { ...good, id: 'w9', checklistVersion: '@@' }]).replace(
      '"@@"',
      '['.repeat(300_000) + ']'.repeat(300_000),
    );
    await seed(page, { [WORKSHOPS]: text });
    await page.getByRole('heading', { name: 'Some of your workshops could not be used' }).waitFor();
    expect((await alerts(page)).join('\n')).toMatch(
      /Workshop 2 \(“Cabinet away day”\) was left out/,
    );
    await page.getByRole('link', { name: 'Cabinet away day' }).waitFor();
    // Creating a workshop does not write over the saved ones before the user has chosen.
    await page.goto(at(page, '#/workshops/new'));
    await page.getByLabel('Workshop title').fill('New one');
    await page.getByLabel('By name').check();
    await page.getByRole('button', { name: 'Create the workshop' }).click();
    await expectHeading(page, 'New one');
    expect(await stored(page, WORKSHOPS)).toBe(text);
    await context.close();
  });

  it('in an imported workshop file: one short message', async () => {
    const { context } = await openContext(browser());
    const page = await newPage(context, '#/workshops');
    await expectHeading(page, 'Workshops');
    const file = workshopFileText({ ...emptyWorkshop(), checklistVersion: '@@' }).replace(
      '"@@"',
      '['.repeat(300_000) + ']'.repeat(300_000),
    );
    await page.getByLabel('Choose a workshop file').setInputFiles(writeTemp('deep.json', file));
    const message = page.getByText(/for version a list of the checklist/);
    await message.waitFor();
    expect((await message.innerText()).length).toBeLessThan(300);
    await context.close();
  });
});

describe('8. Back and Forward during a workshop turn', () => {
  it('move between the turn’s sections and lose nothing', async () => {
    const { context } = await openContext(browser());
    const page = await newPage(context, '#/workshops');
    await seed(page, { [WORKSHOPS]: savedWorkshops([emptyWorkshop(true)]) });
    await page.goto(at(page, '#/workshops/w1/turn'));
    await expectHeading(page, 'Your turn to answer');
    await page.getByRole('button', { name: 'Start answering' }).click();
    const [first, second, third, fourth] = checklist.sections;
    await waitForFocusedHeading(page, first!.title);
    await answerSectionByKeyboard(
      page,
      first!.actions.map((): Choice => 1),
    );
    await waitForFocusedHeading(page, second!.title);
    await radio(page, 0, 'Fully – it is how we work').check();

    await page.goBack();
    await waitForFocusedHeading(page, first!.title);
    for (let i = 0; i < first!.actions.length; i++)
      expect(await radio(page, i, 'To a small extent').isChecked()).toBe(true);
    await page.goForward();
    await waitForFocusedHeading(page, second!.title);
    expect(await radio(page, 0, 'Fully – it is how we work').isChecked()).toBe(true);

    for (const [section, label] of [
      [second!, 'To a large extent'],
      [third!, 'To some extent'],
      [fourth!, 'Not at all'],
    ] as const) {
      await expectHeading(page, section.title);
      for (let i = section === second ? 1 : 0; i < section.actions.length; i++)
        await radio(page, i, label).check();
      await page.getByRole('button', { name: /^(Continue|Finish and hide my answers)$/ }).click();
    }
    await expectHeading(page, 'Thank you: your answers are in');
    const saved = (await storedJson(page, WORKSHOPS)).state.workshops[0];
    expect(saved.participants).toHaveLength(1);
    const answers = saved.participants[0].response.answers;
    expect(answers[first!.actions[0]!.id]).toBe(1);
    expect(answers[second!.actions[0]!.id]).toBe(4);
    expect(answers[fourth!.actions[0]!.id]).toBe(0);
    // Back after the turn shows no one's answers.
    await page.goBack();
    await expectHeading(page, 'Your turn to answer');
    await context.close();
  });
});
