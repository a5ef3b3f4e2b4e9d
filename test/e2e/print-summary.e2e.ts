import { execFileSync } from 'node:child_process';

import { describe, expect, it } from 'vitest';
import { newPage, openContext, screenshotDir } from './browser';
import { browserForFile } from './fileBrowser';
import { HAND_WORKED_ANSWERS, savedAssessment } from './fixtures';
import { waitForHeading, waitForSectionBars } from './journey';
import { at } from './workshop-helpers';

// A returning leader's printed summary, as it usually is: a plan of five, a "Since" part with last
// time's three commitments reviewed, notes. It fits two sheets of A4 (issue 13: it ran to three).

const item = (actionId: string, what: string, i: number) => ({
  actionId,
  what,
  who: 'Chief executive and cabinet',
  byWhen: `2027-0${i + 2}-01`,
  measure: 'Reported to cabinet each quarter',
});
const PLAN = [
  ['climate.experiment-and-learn', 'Run two small pilots this year and stop any that fails early'],
  ['climate.take-calculated-risks', 'Agree a written risk appetite with cabinet'],
  ['climate.look-for-fresh-ideas', 'Visit two councils that have tried something we have not'],
  ['leading.united-leadership', 'Hold a joint away day with the management team'],
  ['leading.communicate-the-need', 'Explain at full council why we need to innovate'],
].map(([actionId, what], i) => item(actionId!, what!, i));
const LAST_PLAN = PLAN.slice(0, 3).map((p) => ({ ...p, byWhen: '2026-10-01' }));
const LAST_ROUND = {
  id: 'round-2026-06',
  kind: 'round',
  savedAt: '2026-06-01T10:00:00.000Z',
  label: 'Round',
  assessment: {
    id: 'round-2026-06',
    checklistId: 'council-leaders-key-actions',
    checklistVersion: '1',
    answers: {
      ...HAND_WORKED_ANSWERS,
      'climate.experiment-and-learn': 0,
      'climate.take-calculated-risks': 0,
      'leading.united-leadership': 1,
    },
    notes: {},
    aboutYou: { name: 'A Leader', role: 'Leader of the council', council: 'Anytown Council' },
    plan: LAST_PLAN,
    startedAt: '2026-06-01T09:00:00.000Z',
    updatedAt: '2026-06-01T10:00:00.000Z',
  },
  review: [
    { actionId: LAST_PLAN[0]!.actionId, outcome: 'done', note: 'Two pilots stopped early' },
    { actionId: LAST_PLAN[1]!.actionId, outcome: 'partly', note: '' },
    { actionId: LAST_PLAN[2]!.actionId, outcome: 'not-done', note: 'No budget this year' },
  ],
};

const browser = browserForFile();

const pageCount = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

describe('the printed personal summary', () => {
  it('with a plan of five and a "Since" part fits two pages of A4', async () => {
    const { context } = await openContext(browser(), { width: 1280, height: 800 });
    const page = await newPage(context);
    await page.evaluate(
      ([history, assessment]) => {
        localStorage.setItem('kai.history', history!);
        localStorage.setItem('kai.assessment', assessment!);
      },
      [
        JSON.stringify({ version: 1, state: { entries: [LAST_ROUND] } }),
        savedAssessment(undefined, {
          plan: PLAN,
          notes: {
            'climate.experiment-and-learn': 'We rarely stop a pilot early.',
            'ambitions.select-priority-areas': 'Cabinet has not agreed the list yet.',
          },
        }),
      ],
    );
    await page.reload();
    await page.goto(at(page, '#/summary'));
    await waitForHeading(page, 'Your action summary');
    await waitForSectionBars(page);
    // On the screen too, each chart keeps the space it is drawn in and no more: the section chart's
    // four printed rows are under 100 px, with no gap of blank page below them.
    const spaces = await page
      .locator('.chart-frame .chart')
      .evaluateAll((charts) =>
        charts.map((c) => c.clientHeight - (c.firstElementChild as HTMLElement).offsetHeight),
      );
    expect(spaces).toEqual(spaces.map(() => 0));
    const pdf = `${screenshotDir}issue13-summary-since.pdf`;
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      pdf,
      `${screenshotDir}issue13-summary-since-pdf`,
    ]);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    // All of it is there: the plan, the "Since" part with last time's review, the notes.
    for (const words of [
      'Since 1 June 2026',
      'Last time I committed to',
      'Done: Two pilots',
      'No budget this year',
      'Explain at full council why we need to innovate',
      'Cabinet has not agreed the list yet.',
    ])
      expect(text).toContain(words);
    expect(pageCount(pdf)).toBe(2);
    await context.close();
  });

  it('on a phone draws its charts to fit the screen, and at paper size only while it prints', async () => {
    const { context } = await openContext(browser(), { width: 390, height: 844 });
    const page = await newPage(context);
    await page.evaluate((a) => localStorage.setItem('kai.assessment', a), savedAssessment());
    await page.reload();
    await page.goto(at(page, '#/summary'));
    await waitForHeading(page, 'Your action summary');
    await waitForSectionBars(page);
    const chart = page
      .getByRole('region', { name: 'Your score in each section' })
      .locator('svg.recharts-surface');
    // What a reader on the phone sees of the chart: its width, the box's sideways scroll, the
    // smallest type in it, and each row's value with its right edge.
    const onScreen = () =>
      chart.evaluate((svg) => {
        const box = svg.parentElement!;
        const texts = [...svg.querySelectorAll('text')];
        return {
          width: svg.getBoundingClientRect().width,
          scrolls: box.scrollWidth > box.clientWidth,
          smallest: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize))),
          values: [...svg.querySelectorAll('.chart-row-value text')].map((t) => [
            t.textContent,
            Math.round(t.getBoundingClientRect().right),
          ]),
        };
      });
    const phone = await onScreen();
    // 390 less the page's 16 px either side: the chart is the column's width, and nothing scrolls.
    expect(phone.width).toBe(358);
    expect(phone.scrolls).toBe(false);
    expect(phone.smallest).toBeGreaterThanOrEqual(12);
    // The hand-worked section scores, each written where the reader can see it.
    expect(phone.values.map(([value]) => value)).toEqual(['50', '50', '75', '95']);
    for (const [, right] of phone.values) expect(right).toBeLessThanOrEqual(390 - 16);

    // Printing draws it at paper size (680 px, as before); back on the screen it fits again.
    // (The media's change event reaches the page a moment after the switch.)
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => chart.getAttribute('width')).toBe('680');
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => chart.getAttribute('width')).toBe('358');
    await context.close();
  });
});
