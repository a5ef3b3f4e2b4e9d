import { describe, expect, it } from 'vitest';
import { csvText, FORMULA_START } from '../../src/domain/csv/csvText';
import {
  csvFileName,
  participantsRows,
  planRows,
  responsesRows,
} from '../../src/domain/workshop/csv';
import type { Workshop } from '../../src/domain/workshop/workshop';
import { checklist, scale } from './fixtures';
import { emptyWorkshop, fivePersonWorkshop, response, withResponses } from './workshop-fixtures';

/** One field as the writer writes it (the text between the BOM and the row's CRLF). */
const field = async (value: string | number) => (await csvText([[value]])).slice(1, -2);
const lines = async (rows: (string | number)[][]) => (await csvText(rows)).slice(1).split('\r\n');

describe('CSV writer', () => {
  it('quotes fields as RFC 4180 says', async () => {
    expect(await field('plain')).toBe('plain');
    expect(await field('a, b')).toBe('"a, b"');
    expect(await field('say "yes"')).toBe('"say ""yes"""');
    expect(await field('two\nlines')).toBe('"two\nlines"');
    expect(await field(3)).toBe('3');
    expect(await field('')).toBe('');
    // Excel in many European locales splits on a semicolon.
    expect(await field('ideas; pilots')).toBe('"ideas; pilots"');
  });

  // Hostile cases, each worked by hand: every one gets an apostrophe and quotes.
  const hostile: [string, string][] = [
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-1', `"'-1"`],
    ['+1', `"'+1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    [' =1+1', `"' =1+1"`],
    ['   +1', `"'   +1"`],
    ['\n=1+1', `"'\n=1+1"`],
    ['\r\n@A1', `"'\r\n@A1"`],
    ['\u00a0=1+1', `"'\u00a0=1+1"`],
    ['\u3000=1+1', `"'\u3000=1+1"`],
    ['＝1+1', `"'＝1+1"`],
    ['＋1', `"'＋1"`],
    ['－1', `"'－1"`],
    ['＠A1', `"'＠A1"`],
    [' ＝1+1', `"' ＝1+1"`],
    ['=1\n+2', `"'=1\n+2"`],
    ['=1;2', `"'=1;2"`],
  ];
  it.each(hostile)('neutralises %j', async (value, written) => {
    expect(FORMULA_START.test(value)).toBe(true);
    expect(await field(value)).toBe(written);
  });

  it('leaves text alone that only contains a formula character later on', async () => {
    expect(await field('x=1+1')).toBe('x=1+1');
    expect(await field('Ann-Marie')).toBe('Ann-Marie');
    expect(await field('a@b.org')).toBe('a@b.org');
  });

  it('writes a BOM and a CRLF after every row, the last included', async () => {
    expect(
      await csvText([
        ['a', 1],
        ['b', 2],
      ]),
    ).toBe('\uFEFFa,1\r\nb,2\r\n');
  });
});

const ann = (answers: Parameters<typeof response>[2], notes = {}) =>
  withResponses({ ...emptyWorkshop(), title: 'Cabinet, "away" day' }, [
    response('r1', 'Ann', answers, notes),
  ]);

describe('the workshop CSV, one row per participant and action', () => {
  it('starts each row with the workshop and its date (worked by hand)', async () => {
    const w = ann(
      { 'climate.encourage-creativity': 3, 'climate.invite-external-challenge': 'not-sure' },
      { 'climate.encourage-creativity': 'Ideas day,\nmonthly' },
    );
    const rows = await lines(responsesRows(w, checklist, scale));
    expect(rows[0]).toBe('Workshop,Date,Participant,Section,Action id,Action,Value,Answer,Note');
    expect(rows).toHaveLength(1 + 20 + 1); // header, 20 actions, and the final line end
    expect(rows[1]).toBe(
      '"Cabinet, ""away"" day",2026-11-02,Ann,Create the climate for innovation,climate.encourage-creativity,Encourage creativity,3,To a large extent,"Ideas day,\nmonthly"',
    );
    expect(rows[2]).toBe(
      '"Cabinet, ""away"" day",2026-11-02,Ann,Create the climate for innovation,climate.invite-external-challenge,Invite external challenges,,Not sure,',
    );
    expect(rows[3]).toBe(
      '"Cabinet, ""away"" day",2026-11-02,Ann,Create the climate for innovation,climate.look-for-fresh-ideas,"Proactively look for fresh ideas, internally and externally",,Not answered,',
    );
    expect(rows[21]).toBe('');
  });

  it('has no names in it when the workshop is anonymous', async () => {
    const csv = await csvText(responsesRows(fivePersonWorkshop(true), checklist, scale));
    expect(csv).not.toMatch(/\b(Asha|Ben|Chris|Dee|Eve)\b/);
    expect(csv.split('\r\n').filter((r) => r.includes(',Participant 5,'))).toHaveLength(20);
    expect(csv.split('\r\n')).toHaveLength(1 + 5 * 20 + 1);
  });
});

describe('the workshop CSV, one row per participant', () => {
  it('gives each answer and score, then the section and overall scores (worked by hand)', async () => {
    // Climate: 3 and 0 answered → 3 of 8 → 37.5 → 38. Delivery: 4 → 100. Leading and ambitions:
    // none answered, so no score. Overall: mean of 37.5 and 100 = 68.75 → 69.
    const w = ann({
      'climate.encourage-creativity': 3,
      'climate.invite-external-challenge': 'not-sure',
      'climate.experiment-and-learn': 0,
      'delivery.persist': 4,
    });
    const rows = await lines(participantsRows(w, checklist, scale));
    expect(rows).toHaveLength(1 + 1 + 1);
    const header = participantsRows(w, checklist, scale)[0]!;
    expect(header).toHaveLength(3 + 20 * 2 + 4 + 1);
    expect(header.slice(0, 5)).toEqual([
      'Workshop',
      'Date',
      'Participant',
      'Encourage creativity: answer',
      'Encourage creativity: score (0–100)',
    ]);
    expect(header.slice(-5)).toEqual([
      'Create the climate for innovation: score (0–100)',
      'Lead for innovation: score (0–100)',
      'Agree clear long-term ambitions for innovation: score (0–100)',
      'Ensure priority innovations are delivered: score (0–100)',
      'Overall score (0–100)',
    ]);
    const unanswered = (n: number) => 'Not answered,,'.repeat(n);
    expect(rows[1]).toBe(
      '"Cabinet, ""away"" day",2026-11-02,Ann,' +
        'To a large extent,75,Not sure,,' +
        unanswered(2) +
        'Not at all,0,' +
        unanswered(1) +
        unanswered(5) +
        unanswered(4) +
        unanswered(4) +
        'Fully – it is how we work,100,' +
        '38,,,100,69',
    );
  });

  it('gives the five-person workshop the scores of its worked example', async () => {
    const rows = await lines(participantsRows(fivePersonWorkshop(), checklist, scale));
    // Asha 62.5 / 75 / 75 / 70, overall 70.625; Ben 79.17 / 75 / 75 / 70, overall 74.79.
    expect(rows[1]!.endsWith(',63,75,75,70,71')).toBe(true);
    expect(rows[2]!.endsWith(',79,75,75,70,75')).toBe(true);
    expect(rows[4]!.startsWith('Cabinet away day,2026-11-02,Dee,To some extent,50,')).toBe(true);
    expect(rows[4]!.endsWith(',50,50,50,40,48')).toBe(true);
  });
});

describe('the group plan CSV', () => {
  it('has one row per agreed action (worked by hand)', async () => {
    const w: Workshop = {
      ...emptyWorkshop(),
      date: null,
      plan: [
        {
          actionId: 'delivery.monitor-progress',
          what: '=Review; quarterly',
          who: ' @Leader',
          byWhen: '2027-03-31',
          measure: 'Reports, on time',
        },
      ],
    };
    expect(await lines(planRows(w, checklist))).toEqual([
      'Workshop,Date,Section,Action id,Action,What the group will do,Owner,By when,Measure',
      `Cabinet away day,,Ensure priority innovations are delivered,delivery.monitor-progress,Monitor progress closely,"'=Review; quarterly","' @Leader",2027-03-31,"Reports, on time"`,
      '',
    ]);
  });

  it('names each file after the workshop', () => {
    const w = emptyWorkshop();
    expect(csvFileName(w)).toBe('key-actions-responses-cabinet-away-day.csv');
    expect(csvFileName(w, 'participants')).toBe('key-actions-participants-cabinet-away-day.csv');
    expect(csvFileName(w, 'plan')).toBe('key-actions-plan-cabinet-away-day.csv');
  });
});
