import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/domain/scoring/answers';
import { addResponses } from '../../src/domain/workshop/participants';
import { newWorkshop, type Workshop } from '../../src/domain/workshop/workshop';
import { response } from '../domain/workshop-fixtures';
import { axeViolations, newPage, openContext, screenshot } from './browser';
import { eightPersonWorkshop } from './eight-person';
import { browserForFile } from './fileBrowser';
import { FIVE_PLAN_ITEMS } from './fixtures';
import { slideProblems } from './slide-checks';
import { checklist, importWorkshop } from './workshop-helpers';

// Issue 13, "charts use the width of the screen": the bars of a section slide take most of a
// projector's width, and the score-list slides (what leaders achieving more do, the weakest areas)
// are bar charts on one 0–100 scale, each bar as long as its score.

const browser = browserForFile();
const text = (id: string) =>
  checklist.sections.flatMap((s) => s.actions).find((a) => a.id === id)!.text;

/**
 * Two members (and a plan of three), every action at 4 but these. Worked by hand, mean answer / 4 × 100: devote resources
 * 0 and 0 → 0; fresh ideas 1 and 0 → 12.5; communicate the need 1 and 1 → 25; persist 2 and 1 → 37.5;
 * external challenges 2 and 2 → 50: the five weak areas, largest gap first. Both are "Not sure" on
 * involving stakeholders, so what leaders achieving more do has one "no score" beside a 0 (earmark
 * resources is devote resources alone).
 */
const WEAK: [string, [AnswerValue, AnswerValue], number, string][] = [
  ['delivery.devote-resources', [0, 0], 0, '0'],
  ['climate.look-for-fresh-ideas', [1, 0], 12.5, '13'],
  ['leading.communicate-the-need', [1, 1], 25, '25'],
  ['delivery.persist', [2, 1], 37.5, '38'],
  ['climate.invite-external-challenge', [2, 2], 50, '50'],
];

function twoMembers(): Workshop {
  const answers = (m: 0 | 1) => {
    const all: Record<string, AnswerValue> = Object.fromEntries(
      checklist.sections.flatMap((s) => s.actions.map((a) => [a.id, 4 as AnswerValue])),
    );
    for (const [id, values] of WEAK) all[id] = values[m];
    all['delivery.involve-stakeholders'] = 'not-sure';
    return all;
  };
  const w = newWorkshop(
    { title: 'Cabinet of two', council: 'Anytown Council', date: '2026-11-02', anonymous: false },
    checklist,
    'w2',
    new Date('2026-11-02T09:00:00Z'),
  );
  const members = ([0, 1] as const).map((m) => ({
    response: response(`b0b0b0b${m}`, `Member ${m + 1}`, answers(m)),
    source: 'file' as const,
    onDuplicate: 'keep-both' as const,
  }));
  const added = addResponses(w, members, new Date('2026-11-02T10:00:00Z')).workshop;
  return { ...added, revealed: true, plan: FIVE_PLAN_ITEMS.slice(0, 3) };
}

async function present(page: Page, w: Workshop) {
  const id = await importWorkshop(page, w);
  await page.goto(page.url().replace(/#.*$/, `#/workshops/${id}/present`));
  await page.locator('.presentation .slide').waitFor();
}

/** Moves to the first screen whose heading contains `heading`. */
async function showSlide(page: Page, heading: string) {
  await page.keyboard.press('Home');
  for (let i = 0; i < 30; i++) {
    if ((await page.locator('.presentation h1').innerText()).includes(heading)) return;
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(20);
  }
  throw new Error(`no slide "${heading}"`);
}

/**
 * Each bar row of the slide's drawn chart (recharts): its label, the 0–100 track's width (from the
 * axis's 0 to its 100), its bar's width (null: no bar), and the figure beside it.
 */
async function barRows(page: Page) {
  await page.locator('.presentation .slide .recharts-surface').waitFor();
  return page.evaluate(() => {
    const svg = document.querySelector('.presentation .slide .recharts-surface')!;
    const ticks = [...svg.querySelectorAll('.recharts-xAxis-tick-labels text')];
    const at = (t: string) => {
      const box = ticks.find((e) => e.textContent === t)!.getBoundingClientRect();
      return box.left + box.width / 2;
    };
    const right = svg.getBoundingClientRect().right;
    const values = [...svg.querySelectorAll('.chart-row-value')];
    return [...svg.querySelectorAll('text.chart-label')].map((label, i) => ({
      label: [...label.querySelectorAll('tspan')].map((t) => t.textContent).join(' '),
      track: at('100') - at('0'),
      bar:
        svg
          .querySelector(`.chart-bar:not(.chart-bar-then)[data-row="${i}"] rect`)
          ?.getBoundingClientRect().width ?? null,
      figure: values[i]!.textContent,
      // The figure's text past the right edge of the chart (0 when it fits).
      spill: Math.max(0, values[i]!.getBoundingClientRect().right - right),
    }));
  });
}

describe('slide charts use the width of the screen', () => {
  it('at 1920×1080 a section slide gives its bars most of the width, labels in at most three lines', async () => {
    const { context } = await openContext(browser(), { width: 1920, height: 1080 });
    const page = await newPage(context, '#/workshops');
    await present(page, eightPersonWorkshop());
    await showSlide(page, 'Create the climate for innovation');
    const rows = await barRows(page);
    const lines = await page.evaluate(() =>
      [...document.querySelectorAll('.presentation .slide text.chart-label')].map(
        (label) => label.querySelectorAll('tspan').length,
      ),
    );
    // Each action's bar carries its members' lowest-to-highest line.
    expect(await page.locator('.presentation .slide .chart-range-line').count()).toBe(6);
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(row.track).toBeGreaterThanOrEqual(0.55 * 1920);
    for (const n of lines) expect(n).toBeLessThanOrEqual(3);
    expect(await slideProblems(page, 24)).toEqual([]);
    await context.close();
  });

  it('the weakest areas and what leaders achieving more do are bars as long as their scores', async () => {
    const { context } = await openContext(browser(), { width: 1920, height: 1080 });
    const page = await newPage(context, '#/workshops');
    await present(page, twoMembers());

    await showSlide(page, "The group's weakest areas");
    const slide = page.locator('.presentation .slide');
    // Still a numbered list, one item an area, the scores in words and figures.
    expect(await slide.getByRole('list').count()).toBe(1);
    expect(await slide.getByRole('listitem').count()).toBe(5);
    const weak = await barRows(page);
    expect(weak.map((r) => [r.label, r.figure])).toEqual(WEAK.map(([id, , , f]) => [text(id), f]));
    for (const [i, [, , score]] of WEAK.entries()) {
      const row = weak[i]!;
      // Across most of the screen, every bar on one track.
      expect(row.track).toBeGreaterThanOrEqual(0.7 * 1920);
      expect(row.track).toBeCloseTo(weak[0]!.track, 0);
      if (score === 0) {
        // A zero is a sliver at the start of the track, not nothing.
        expect(row.bar).toBeGreaterThan(2);
        expect(row.bar).toBeLessThanOrEqual(0.01 * row.track);
      } else expect(Math.abs(row.bar! - (row.track * score) / 100)).toBeLessThanOrEqual(2);
    }
    // A 25 is half a 50, a 37.5 three quarters of it.
    expect(weak[2]!.bar! / weak[4]!.bar!).toBeCloseTo(0.5, 2);
    expect(weak[3]!.bar! / weak[4]!.bar!).toBeCloseTo(0.75, 2);
    expect(await slideProblems(page, 24)).toEqual([]);
    await screenshot(page, 'slide-charts-weak-zero-1920x1080');
    expect(await axeViolations(page)).toEqual([]);

    await showSlide(page, 'What leaders in councils achieving more innovations do');
    expect(await slide.getByRole('listitem').count()).toBe(7);
    const behaviours = await barRows(page);
    const row = (start: string) => behaviours.find((r) => r.label!.startsWith(start))!;
    // Earmark resources is devote resources alone (0); involving stakeholders has no score: no bar.
    expect(row('Earmark resources').figure).toBe('0');
    expect(row('Earmark resources').bar).toBeGreaterThan(2);
    expect(row('Involve key stakeholders').figure).toBe('no score');
    expect(row('Involve key stakeholders').bar).toBeNull();
    expect(behaviours.map((r) => r.spill)).toEqual(behaviours.map(() => 0));
    expect(row('Convincingly communicate').figure).toBe('25');
    expect(row('Convincingly communicate').bar! / row('Agree clear').bar!).toBeCloseTo(0.25, 2);
    expect(row('Agree clear').track).toBeGreaterThanOrEqual(0.7 * 1920);
    expect(await slideProblems(page, 24)).toEqual([]);
    await screenshot(page, 'slide-charts-finding-no-score-1920x1080');
    expect(await axeViolations(page)).toEqual([]);

    // A plan of three in larger type than the slide's, still on one screen.
    await showSlide(page, 'The group action plan');
    const sizes = await page.evaluate(() =>
      [
        document.querySelector('.presentation .slide')!,
        document.querySelector('.slide-list li')!,
      ].map((el) => parseFloat(getComputedStyle(el).fontSize)),
    );
    expect(sizes[1]! / sizes[0]!).toBeGreaterThanOrEqual(1.25);
    expect(await slideProblems(page, 24)).toEqual([]);
    await screenshot(page, 'slide-charts-plan-of-three-1920x1080');
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await slideProblems(page, 16)).toEqual([]);
    await screenshot(page, 'slide-charts-plan-of-three-1280x720');
    await context.close();
  });

  for (const [width, height, minPx] of [
    [1920, 1080, 24],
    [1280, 720, 16],
    [390, 844, 12],
    [844, 390, 12],
  ] as const) {
    it(`a section, the finding, the weakest areas and the plan at ${width}×${height}`, async () => {
      const { context } = await openContext(browser(), { width, height });
      const page = await newPage(context, '#/workshops');
      await present(page, { ...eightPersonWorkshop(), plan: FIVE_PLAN_ITEMS });
      for (const [name, heading] of [
        ['section', 'Create the climate for innovation'],
        ['finding', 'What leaders in councils achieving more innovations do'],
        ['weak', "The group's weakest areas"],
        ['plan', 'The group action plan'],
      ] as const) {
        await showSlide(page, heading);
        await screenshot(page, `slide-charts-${name}-${width}x${height}`);
        // On a phone the slide scrolls, with a "more below" cue; on a screen it fits.
        if (width > 800 && height > 500) expect(await slideProblems(page, minPx), name).toEqual([]);
      }
      // A date in the plan is never split across two lines ("1 February" above "2027").
      expect(await linesOfEachDate(page), `${width}×${height}`).toEqual([1, 1, 1, 1, 1]);
      await context.close();
    });
  }
});

/** For each date on the plan slide ("1 February 2027"), how many lines of text it takes. */
function linesOfEachDate(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.slide-list li')].map((item) => {
      const text = item.lastChild!.firstChild as Text;
      const at = /\d{1,2}\s\S+\s\d{4}$/.exec(text.data)!.index;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, text.data.length);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    }),
  );
}
