import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fivePersonWorkshop } from '../domain/workshop-fixtures';
import { axeViolations, newPage, openContext, screenshot, screenshotDir } from './browser';
import { browserForFile } from './fileBrowser';
import { savedAssessment, seedAssessment } from './fixtures';
import { at, expectHeading, importWorkshop } from './workshop-helpers';

// Issues 25.5, 25.16 and 26.12 in the browser: the workshop's spreadsheets, the reminder with its
// alarm and the plan's dates, and a saved date out of range cleared with a message.

const browser = browserForFile();

describe('the workshop’s spreadsheets', () => {
  it('downloads one row per participant and the group plan, each starting with title and date', async () => {
    const { context } = await openContext(browser(), { width: 1280, height: 800 });
    const page = await newPage(context, '#/workshops');
    const w = {
      ...fivePersonWorkshop(),
      revealed: true,
      plan: [
        {
          actionId: 'delivery.monitor-progress',
          what: 'Monthly dashboard; shared with scrutiny',
          who: 'Leader',
          byWhen: '2027-03-31',
          measure: '',
        },
      ],
    };
    const id = await importWorkshop(page, w);
    await page.goto(at(page, `#/workshops/${id}`));
    await expectHeading(page, w.title);
    const download = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      const path = `${screenshotDir}${file.suggestedFilename()}`;
      await file.saveAs(path);
      return readFileSync(path, 'utf8');
    };
    const wide = (await download('Download the scores, one row per participant (CSV)')).split(
      '\r\n',
    );
    expect(wide).toHaveLength(1 + 5 + 1);
    expect(
      wide[0]!.startsWith('\uFEFFWorkshop,Date,Participant,Encourage creativity: answer,'),
    ).toBe(true);
    // Asha: 3 on most actions; climate 62.5, leading 75, ambitions 75, delivery 70, overall 70.625.
    expect(wide[1]!.startsWith('Cabinet away day,2026-11-02,Asha,To a large extent,75,')).toBe(
      true,
    );
    expect(wide[1]!.endsWith(',63,75,75,70,71')).toBe(true);
    const plan = await download('Download the group action plan (CSV)');
    expect(plan).toBe(
      '\uFEFFWorkshop,Date,Section,Action id,Action,What the group will do,Owner,By when,Measure\r\n' +
        'Cabinet away day,2026-11-02,Ensure priority innovations are delivered,delivery.monitor-progress,Monitor progress closely,"Monthly dashboard; shared with scrutiny",Leader,2027-03-31,\r\n',
    );
    const long = await download('Download every answer, one row each (CSV)');
    expect(long.split('\r\n')).toHaveLength(1 + 5 * 20 + 1);

    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('heading', { name: '4. Take it away' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'workshop-spreadsheets-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { name: '4. Take it away' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'workshop-spreadsheets-390');
    await context.close();
  });
});

describe('the reminder', () => {
  it('has an alarm, the plan’s dates if chosen, and an example date in the future', async () => {
    const { context } = await openContext(browser(), { width: 1280, height: 800 });
    const page = await newPage(context, '#/history');
    // The page's clock (TEST_NOW may move it), not this process's.
    const now = await page.evaluate(() => Date.now());
    const next = (months: number) => {
      const d = new Date(now);
      d.setMonth(d.getMonth() + months, 15);
      return d.toISOString().slice(0, 10);
    };
    const item = { who: '', measure: 'Dashboard used' };
    await seedAssessment(
      page,
      savedAssessment(undefined, {
        plan: [
          { ...item, actionId: 'delivery.persist', what: 'Keep at it', byWhen: next(2) },
          { ...item, actionId: 'climate.celebrate-achievements', what: 'Awards', byWhen: next(4) },
        ],
      }),
    );
    await page.getByRole('heading', { name: 'Remind me to reassess' }).waitFor();
    const hint = await page.getByText(/Six months on is proposed/).innerText();
    const [, d, m, y] = /For example, (\d+) (\d+) (\d{4})\./.exec(hint)!;
    expect(new Date(Number(y), Number(m) - 1, Number(d)).getTime()).toBeGreaterThan(now);

    await page.getByRole('checkbox', { name: /Add the 2 dates of your action plan too/ }).check();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the reminder' }).click(),
    ]);
    const path = `${screenshotDir}reminder-with-plan.ics`;
    await file.saveAs(path);
    const ics = readFileSync(path, 'utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics.match(/TRIGGER:-P1D\r\n/g)).toHaveLength(3);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${next(2).replace(/-/g, '')}`);
    expect(ics).toContain('UID:plan-e2e-leader-delivery.persist@key-actions-for-innovation');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('heading', { name: 'Remind me to reassess' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'reminder-with-plan-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { name: 'Remind me to reassess' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'reminder-with-plan-390');
    await context.close();
  });
});

describe('a saved plan date of 31 December 9999', () => {
  it('is cleared with a message, and nothing is held', async () => {
    const { context } = await openContext(browser(), { width: 1280, height: 800 });
    const page = await newPage(context, '#/summary');
    const plan = [
      {
        actionId: 'delivery.persist',
        what: 'Keep at it',
        who: '',
        byWhen: '9999-12-31',
        measure: '',
      },
    ];
    await seedAssessment(page, savedAssessment(undefined, { plan }));
    await page.getByRole('heading', { name: 'Some dates in your answers were cleared' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('kai.assessment')!));
    expect(saved.version).toBe(2);
    expect(saved.state.assessment.plan[0].byWhen).toBe(null);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'date-cleared-notice-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'date-cleared-notice-390');
    await context.close();
  });
});
