import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/domain/scoring/answers';
import { newWorkshop } from '../../src/domain/workshop/workshop';
import { newPage, openContext, screenshotDir } from './browser';
import { browserForFile } from './fileBrowser';
import {
  at,
  checklist,
  expectHeading,
  importWorkshop,
  responseFileText,
  writeTemp,
} from './workshop-helpers';

// The scale benchmark (npm run bench:workshop): participants' response files imported through the file
// picker, then the group results page rendered in Chromium. Budget: 30 participants under 1 s; 200
// must still work. Figures are printed and written to test-results/workshop-scale.json.

const actionIds = checklist.sections.flatMap((s) => s.actions.map((a) => a.id));
let seed = 7;
const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const files = Array.from({ length: 200 }, (_, i) => {
  const answers = Object.fromEntries(
    actionIds.map((id): [string, AnswerValue] => [
      id,
      next() < 0.05 ? 'not-sure' : Math.floor(next() * 5),
    ]),
  );
  const id = (0x10000000 + i).toString(16).padStart(32, '0');
  return writeTemp(`scale-${i + 1}.json`, responseFileText(id, `Member ${i + 1}`, answers));
});

const browser = browserForFile();

/**
 * Milliseconds from asking for the results page to all of it there: 20 action cards and the charts.
 * On a first visit the chart code arrives after the page (decision 012): a chart counts once its
 * space is kept with its values written; later visits (`drawn`) wait for the drawn chart.
 */
function timeResults(page: Page, hash: string, participants: number, drawn = true) {
  return page.evaluate(
    ({ hash, participants, drawn }) =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        location.hash = hash;
        const check = () => {
          // A chart is drawn once the reader comes near it (decision 012): scroll to the first.
          document.querySelector('.chart')?.scrollIntoView({ block: 'nearest' });
          // The detail of every action is built when it is opened (OpenToRender): open it, as a
          // facilitator would, so that all of it is timed.
          const detail = document.querySelector<HTMLDetailsElement>('details.every-action');
          if (detail && !detail.open) detail.open = true;
          const done =
            document.querySelectorAll('section.distribution').length === 20 &&
            document.querySelector(
              drawn
                ? '.chart .recharts-surface'
                : '.chart .recharts-surface, .chart .chart-waiting',
            ) &&
            document.querySelector('.stat .value:nth-child(1)') &&
            document.body.textContent!.includes(`${participants} members have answered`);
          if (done) requestAnimationFrame(() => resolve(performance.now() - start));
          else if (performance.now() - start > 20_000) reject(new Error('results never finished'));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { hash, participants, drawn },
  );
}

async function addFiles(page: Page, id: string, paths: string[]) {
  await page.goto(at(page, `#/workshops/${id}/add`));
  await expectHeading(page, 'Add responses');
  const start = Date.now();
  await page.getByLabel('Choose response files').setInputFiles(paths);
  await page.locator('.import-outcome .notice.success').waitFor({ timeout: 30_000 });
  const ms = Date.now() - start;
  expect(await page.locator('.import-outcome h2').innerText()).toBe(
    `${paths.length} responses added`,
  );
  return ms;
}

async function measure(page: Page, id: string, participants: number) {
  const hub = `#/workshops/${id}`;
  const results = `${hub}/results`;
  await page.goto(at(page, hub));
  await expectHeading(page, 'Scale test');
  const first = await timeResults(page, results, participants, false);
  // The chart code then arrives and the chart in view is drawn. (Parts that arrived above it after
  // it was scrolled to may have moved it away; a chart not near the reader waits: go to it.)
  await page.locator('.chart').first().scrollIntoViewIfNeeded();
  await page.locator('.chart .recharts-surface').first().waitFor({ timeout: 15_000 });
  const again: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(at(page, hub));
    await expectHeading(page, 'Scale test');
    again.push(await timeResults(page, results, participants));
  }
  again.sort((a, b) => a - b);
  return { firstVisitMs: Math.round(first), repeatVisitMedianMs: Math.round(again[1]!) };
}

describe('group results at scale', () => {
  it('renders 30 imported participants in under a second, and still works with 200', async () => {
    const { context, consoleErrors } = await openContext(browser());
    const page = await newPage(context);
    const empty = newWorkshop(
      { title: 'Scale test', council: '', date: null, anonymous: false },
      checklist,
      'scale-test',
      new Date(),
    );
    const id = await importWorkshop(page, { ...empty, revealed: true });

    const import30 = await addFiles(page, id, files.slice(0, 30));
    const at30 = await measure(page, id, 30);
    const import170 = await addFiles(page, id, files.slice(30));
    const at200 = await measure(page, id, 200);
    // The per-action detail is collapsed under the verdict, splits and weakest areas: open it.
    await page
      .locator('details.every-action')
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await page
      .locator('section.distribution')
      .first()
      .screenshot({ path: `${screenshotDir}workshop-desktop-30-action-200-participants.png` });
    expect(await page.locator('.chart-dots').count()).toBe(
      20 + (await page.locator('section.prompt').count()),
    );

    const figures = {
      chromium: browser().version(),
      import30FilesMs: import30,
      results30: at30,
      import170MoreFilesMs: import170,
      results200: at200,
    };
    console.log('Workshop scale figures:', JSON.stringify(figures, null, 2));
    writeFileSync(`${screenshotDir}../workshop-scale.json`, JSON.stringify(figures, null, 2));

    expect(at30.firstVisitMs).toBeLessThan(1000);
    expect(at30.repeatVisitMedianMs).toBeLessThan(1000);
    expect(at200.repeatVisitMedianMs).toBeLessThan(5000);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
