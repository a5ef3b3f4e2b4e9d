import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { encodeGroupCode } from '../../src/domain/group/groupCode';
import { FOUR } from '../domain/sector-fixtures';
import { goToWaitingChart, openContext } from './browser';
import { browserForFile } from './fileBrowser';
import { eightPersonWorkshop } from './eight-person';
import { FIVE_PLAN_ITEMS, savedAssessment, seedAssessment } from './fixtures';
import { openResultsParts, waitForHeading } from './journey';
import { pixelSet, RETRY_ON_STALL } from './pixel-set';
import { at, checklist, importWorkshop } from './workshop-helpers';

// A refactor that should change nothing a user sees (issue 23) is checked by pictures: the same pages,
// at the same fixed clock, before and after, compared pixel by pixel with test/tools/compare-screens.mjs.
//   SCREENS_OUT=before npx vitest run --config test/e2e/vitest.config.ts test/e2e/pixel-screens.e2e.ts
//   (change the code)   SCREENS_OUT=after  ... the same
//   node test/tools/compare-screens.mjs test-results/pixel/before test-results/pixel/after
// Without SCREENS_OUT the pictures go to test-results/pixel/latest.

const NOW = new Date('2027-03-10T10:00:00.000Z');
const browser = browserForFile();

// Served on a fixed port: the workshop page shows the app's address and its QR code.
const { out, site } = pixelSet('pixel', 41723);

async function newPage(context: BrowserContext, hash = '') {
  const page = await context.newPage();
  await page.goto(`${site.url}${hash}`);
  return page;
}

/**
 * Scrolls through the page a screen at a time, as a reader would, until every chart in view is drawn
 * (decision 012); a chart in a closed part stays waiting, as it does for a reader.
 */
async function drawVisibleCharts(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const screen = page.viewportSize()!.height;
  for (let y = 0; y < height; y += screen) {
    await page.evaluate((y) => scrollTo(0, y), y);
    await page.waitForTimeout(50);
  }
  // A chart passed by quickly may still wait: brought into view, it draws.
  for (let left = await goToWaitingChart(page); left > 0; left = await goToWaitingChart(page)) {
    await page.waitForFunction((n) => {
      const still = [...document.querySelectorAll('.chart-kit .chart-waiting')];
      return still.filter((e) => e.getClientRects().length > 0).length < n;
    }, left);
  }
  await page.evaluate(() => scrollTo(0, 0));
}

// Every part that comes after the first paint is in, and every chart drawn, before the picture.
async function shoot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.render-later-pending'));
  await drawVisibleCharts(page);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  mkdirSync(out, { recursive: true });
  await page.screenshot({ path: `${out}${name}.png`, fullPage: true, animations: 'disabled' });
}

async function context(width: number, height: number) {
  const { context } = await openContext(browser(), { width, height });
  await context.clock.install({ time: NOW });
  return context;
}

describe('the same pages before and after a refactor', RETRY_ON_STALL, () => {
  it('a leader: landing, a section, results, plan, summary', async () => {
    const page = await newPage(await context(1280, 800));
    await seedAssessment(page, savedAssessment(undefined, { plan: FIVE_PLAN_ITEMS }));
    for (const [hash, heading, name] of [
      ['#/', "Council Leaders' Key Actions for Innovation", 'landing'],
      ['#/section/climate', 'Create the climate for innovation', 'section'],
      ['#/results', 'Your results', 'results'],
      ['#/plan', 'Plan your next steps', 'plan'],
      ['#/summary', 'Your action summary', 'summary'],
    ] as const) {
      await page.goto(at(page, hash));
      await waitForHeading(page, heading);
      if (name === 'results') await openResultsParts(page);
      await shoot(page, name);
    }
    await page.context().close();
  });

  it('a facilitator: the workshop page, group results, group summary and slides', async () => {
    const page = await newPage(await context(1280, 800), '#/workshops');
    const id = await importWorkshop(page, eightPersonWorkshop());
    await page.goto(at(page, `#/workshops/${id}`));
    await waitForHeading(page, 'Cabinet of eight');
    await shoot(page, 'workshop');
    await page.goto(at(page, `#/workshops/${id}/results`));
    await waitForHeading(page, 'Group results');
    await shoot(page, 'group-results');
    await page.goto(at(page, `#/workshops/${id}/summary`));
    await waitForHeading(page, 'Cabinet of eight');
    await page.locator('.group-summary .chart-bar').first().waitFor({ state: 'attached' });
    await shoot(page, 'group-summary');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(at(page, `#/workshops/${id}/present`));
    await page.locator('.presentation .slide').waitFor();
    for (let i = 0; i < 13; i++) {
      await page.waitForTimeout(100);
      await shoot(page, `slide-${String(i + 1).padStart(2, '0')}`);
      await page.keyboard.press('ArrowRight');
    }
    await page.context().close();
  });

  it('a programme officer: the sector picture of three councils', async () => {
    const page = await newPage(await context(1280, 800), '#/sector');
    await waitForHeading(page, 'The sector picture');
    for (const [i, figures] of FOUR.slice(0, 3).entries()) {
      const code = encodeGroupCode(figures, checklist);
      if (!code.ok) throw new Error(code.message);
      await page.getByLabel('Paste a group results code or link').fill(code.value);
      await page.getByRole('button', { name: 'Add these group results' }).click();
      await page.getByText(`The code: added as “Group ${i + 1}”.`).waitFor();
    }
    await page.getByRole('heading', { name: 'The sector at a glance' }).waitFor();
    await shoot(page, 'sector');
    await page.context().close();
  });
});
