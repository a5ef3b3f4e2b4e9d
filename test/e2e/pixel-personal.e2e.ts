import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { goToWaitingChart, openContext } from './browser';
import { browserForFile } from './fileBrowser';
import {
  FIVE_PLAN_ITEMS,
  HAND_WORKED_ANSWERS,
  keptRound,
  LAST_ROUND_PLAN,
  savedAssessment,
  savedHistory,
} from './fixtures';
import { openResultsParts, waitForHeading } from './journey';
import { pixelSet, RETRY_ON_STALL } from './pixel-set';
import { at } from './workshop-helpers';

// pixel-screens.e2e.ts for a leader with a history (issue 23 part 1): the "since", last time's
// commitments, the plan not moved since, the history, a comparison and the plan review, before and
// after a refactor of how they get their figures.
//   SCREENS_OUT=before npx vitest run --config test/e2e/vitest.config.ts test/e2e/pixel-personal.e2e.ts
//   node test/tools/compare-screens.mjs test-results/pixel-personal/before test-results/pixel-personal/after
// SCREENS_HTML=1 writes each page's HTML beside its picture: where pictures differ and the HTML does
// not, look at how the text is split into nodes (Chromium draws a run across two nodes differently).

const NOW = new Date('2027-03-10T10:00:00.000Z');
const browser = browserForFile();

const { out, site } = pixelSet('pixel-personal', 41724);

const LAST_PLAN = LAST_ROUND_PLAN;
const lastAssessment = (id: string, savedAt: string) => ({
  id,
  checklistId: 'council-leaders-key-actions',
  checklistVersion: '1',
  answers: {
    ...HAND_WORKED_ANSWERS,
    'climate.experiment-and-learn': 0,
    'climate.take-calculated-risks': 2,
    'leading.united-leadership': 1,
    'delivery.persist': 4,
  },
  notes: {},
  aboutYou: { name: 'A Leader', role: 'Leader of the council', council: 'Anytown Council' },
  plan: LAST_PLAN,
  startedAt: savedAt,
  updatedAt: savedAt,
});
const HISTORY = savedHistory(
  keptRound(
    'round-2026-06',
    '2026-06-01T10:00:00.000Z',
    lastAssessment('round-2026-06', '2026-06-01T10:00:00.000Z'),
    [
      { actionId: LAST_PLAN[0]!.actionId, outcome: 'done', note: 'Two pilots stopped early' },
      { actionId: LAST_PLAN[1]!.actionId, outcome: 'partly', note: '' },
      { actionId: LAST_PLAN[2]!.actionId, outcome: 'not-done', note: 'No budget this year' },
    ],
  ),
);
const SNAPSHOTS = {
  version: 1,
  state: {
    snapshots: [
      {
        id: 'snap-1',
        savedAt: '2026-08-01T10:00:00.000Z',
        label: 'Summer',
        assessment: { ...lastAssessment('snap-1', '2026-08-01T10:00:00.000Z'), plan: [] },
      },
    ],
  },
};

async function shoot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.render-later-pending'));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 800) {
    await page.evaluate((y) => scrollTo(0, y), y);
    await page.waitForTimeout(50);
  }
  while ((await goToWaitingChart(page)) > 0) await page.waitForTimeout(100);
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  mkdirSync(out, { recursive: true });
  await page.screenshot({ path: `${out}${name}.png`, fullPage: true, animations: 'disabled' });
  if (process.env.SCREENS_HTML)
    writeFileSync(`${out}${name}.html`, await page.evaluate(() => document.body.innerHTML));
}

describe('a leader with a history, before and after a refactor', RETRY_ON_STALL, () => {
  // Each page in a browser context of its own, so that no page's picture depends on what was drawn
  // before it in the same context.
  async function seeded() {
    const { context } = await openContext(browser(), { width: 1280, height: 800 });
    await context.clock.install({ time: NOW });
    const page = await context.newPage();
    await page.goto(site.url);
    await page.evaluate(
      ([history, snapshots, assessment]) => {
        localStorage.setItem('kai.history', history!);
        localStorage.setItem('kai.snapshots', snapshots!);
        localStorage.setItem('kai.assessment', assessment!);
      },
      [
        JSON.stringify(HISTORY),
        JSON.stringify(SNAPSHOTS),
        savedAssessment(undefined, {
          plan: FIVE_PLAN_ITEMS,
          notes: { 'ambitions.select-priority-areas': 'Cabinet has not agreed the list yet.' },
        }),
      ],
    );
    await page.reload();
    return page;
  }

  it('results, summary, plan, history, compare, review and the landing', async () => {
    for (const [hash, heading, name] of [
      ['#/', "Council Leaders' Key Actions for Innovation", 'landing'],
      ['#/results', 'Your results', 'results'],
      ['#/summary', 'Your action summary', 'summary'],
      ['#/plan', 'Plan your next steps', 'plan'],
      ['#/history', 'Your history', 'history'],
      ['#/compare/snap-1', 'What has moved', 'compare'],
      ['#/review', 'Did you do what you said?', 'review'],
      ['#/check', 'Check your answers', 'check'],
    ] as const) {
      const page = await seeded();
      await page.goto(at(page, hash));
      await waitForHeading(page, heading);
      if (name === 'results') await openResultsParts(page);
      await shoot(page, name);
      await page.context().close();
    }
  });
});
