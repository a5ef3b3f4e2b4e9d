import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { emptyAssessment } from '../../src/domain/assessment/assessment';
import { checklistContent } from '../../src/domain/content/load';
import { responseFile } from '../../src/domain/response/responseFile';
import { encodeResponseCode } from '../../src/domain/response/responseCode';
import type { AnswerValue } from '../../src/domain/scoring/answers';
import { workshopFile } from '../../src/domain/workshop/workshopFile';
import type { Workshop } from '../../src/domain/workshop/workshop';

export const { checklist, scale } = checklistContent;
const dir = mkdtempSync(join(tmpdir(), 'kai-workshop-'));

export function responseFileText(id: string, name: string, answers: Record<string, AnswerValue>) {
  const assessment = { ...emptyAssessment(checklist), id, answers };
  return JSON.stringify(responseFile(assessment, name, new Date()), null, 2);
}

export function responseCode(id: string, answers: Record<string, AnswerValue>, name = '') {
  const r = encodeResponseCode({ responseId: id, answers, name }, checklist, scale);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

/** Writes a file for the browser's file picker and returns its path. */
export function writeTemp(name: string, content: string | Buffer) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export const workshopFileText = (w: Workshop) => JSON.stringify(workshopFile(w, new Date()));

const labelOf = (v: AnswerValue) =>
  v === 'not-sure' ? scale.notSure.label : scale.options.find((o) => o.value === v)!.label;

/** Answers the four sections of a turn on the shared device, then presses the section's button. */
export async function answerTurn(page: Page, answers: Record<string, AnswerValue>) {
  for (const [i, section] of checklist.sections.entries()) {
    await expectHeading(page, section.title);
    for (const [k, action] of section.actions.entries()) {
      await page
        .locator('fieldset')
        .nth(k)
        .getByRole('radio', { name: labelOf(answers[action.id]!), exact: true })
        .check();
    }
    const last = i === checklist.sections.length - 1;
    await page
      .getByRole('button', { name: last ? 'Finish and hide my answers' : 'Continue' })
      .click();
  }
}

/** Waits until the page's heading is `text` (its caption, if any, aside). */
export async function expectHeading(page: Page, text: string) {
  await page.waitForFunction(
    (want) => {
      const h1 = document.querySelector('h1');
      const caption = h1?.querySelector('.caption')?.textContent ?? '';
      return (h1?.textContent ?? '').slice(caption.length).trim() === want;
    },
    text,
    { timeout: 10_000 },
  );
}

/** The app's address for a hash route, from whatever page is open. */
export const at = (page: Page, hash: string) => page.url().replace(/#.*$/, '') + hash;

/** Imports a workshop file through the Workshops page and returns the workshop's id. */
export async function importWorkshop(page: Page, w: Workshop, name = 'workshop.json') {
  await page.goto(at(page, '#/workshops'));
  await expectHeading(page, 'Workshops');
  await page
    .getByLabel('Choose a workshop file')
    .setInputFiles(writeTemp(name, workshopFileText(w)));
  await expectHeading(page, w.title);
  return page.url().split('/').at(-1)!;
}

/** Text of the page as a reader sees it, with every disclosure opened. */
export async function mainText(page: Page) {
  // Every disclosure open, those inside others too. Read once what follows the first paint
  // (RenderLater) and what is built when opened (OpenToRender) is there.
  for (let opened = 1; opened > 0;) {
    opened = await page.evaluate(() => {
      const closed = document.querySelectorAll<HTMLDetailsElement>('details:not([open])');
      closed.forEach((d) => (d.open = true));
      return closed.length;
    });
    await page.waitForFunction(
      () =>
        !document.querySelector('.render-later-pending') &&
        [...document.querySelectorAll('details')].every((d) => d.children.length > 1),
    );
  }
  return page.locator('body').innerText();
}

export { drawCharts } from './journey';
