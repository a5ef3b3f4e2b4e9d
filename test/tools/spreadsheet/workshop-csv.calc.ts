import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvText, FORMULA_START, type CsvCell } from '../../../src/domain/csv/csvText';
import {
  participantsRows,
  planRows,
  responsesRows,
  type CsvKind,
} from '../../../src/domain/workshop/csv';
import type { Workshop } from '../../../src/domain/workshop/workshop';
import { checklist, scale } from '../../domain/fixtures';
import {
  answersWith,
  emptyWorkshop,
  response,
  withResponses,
} from '../../domain/workshop-fixtures';
import { readFods, type Cell } from './fods';

/**
 * Issue 26.11: the workshop's CSV files opened in LibreOffice Calc (headless), with and without "Trim
 * spaces", and with a semicolon as a second separator as Excel uses in many European locales. Every
 * cell must come back as the writer wrote it, and no cell may become a formula.
 * Needs `soffice` (Debian: apt-get install -y libreoffice-calc-nogui). Run: npm run test:spreadsheet
 */

const hostile = [
  ' =1+1',
  '\n=2+2',
  '  +3+3',
  '\t-4+4',
  '＝1+1',
  '＋1',
  '－1',
  '＠SUM(1,1)',
  '@SUM(1;1)',
  '=HYPERLINK("https://example.org/","click")',
  'Ann; Bea',
  ' =1+1; =2+2 ',
  'Trailing space ',
];

const note = (i: number) => hostile[(i + 3) % hostile.length]!;
const workshop: Workshop = {
  ...withResponses(
    { ...emptyWorkshop(), title: ' =1+1; the "away" day' },
    hostile.map((name, i) =>
      response(`beef${String(i).padStart(4, '0')}`, name, answersWith((i % 5) as 0), {
        'climate.encourage-creativity': note(i),
        'delivery.persist': `Line one\n${note(i + 1)}`,
      }),
    ),
  ),
  plan: [
    {
      actionId: 'delivery.monitor-progress',
      what: ' =1+1',
      who: '＠owner; deputy',
      byWhen: '2027-03-31',
      measure: '\n-1',
    },
  ],
};

const files: Record<CsvKind, CsvCell[][]> = {
  responses: responsesRows(workshop, checklist, scale),
  participants: participantsRows(workshop, checklist, scale),
  plan: planRows(workshop, checklist),
};

/** Calc's CSV filter options: separators, quote ", UTF-8, from line 1, …, token 11 "Trim spaces". */
const filter = (separators: string, trim: boolean) =>
  `CSV:${separators},34,76,1,,1033,false,false,false,false,${trim}`;

const dir = mkdtempSync(join(tmpdir(), 'kai-calc-'));
afterAll(() => console.log(`Calc's files are in ${dir}`));

async function convert(mode: string, separators: string, trim: boolean) {
  const csvs = [];
  for (const [kind, rows] of Object.entries(files)) {
    const path = join(dir, `${mode}-${kind}.csv`);
    writeFileSync(path, await csvText(rows));
    csvs.push(path);
  }
  execFileSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      `--infilter=${filter(separators, trim)}`,
      '--convert-to',
      'fods',
      '--outdir',
      dir,
      ...csvs,
    ],
    { stdio: 'pipe', timeout: 150_000 },
  );
}

/**
 * What a cell should hold: the text as written (apostrophe included), or the number or date. "Trim
 * spaces" changes nothing: Calc trims only unquoted fields, and the writer quotes every field with a
 * space at either end. One thing Calc itself drops (seen in 7.4): a tab just after a line break inside
 * a cell; it is not a formula, and the CSV file still holds it.
 */
function expected(value: CsvCell): Pick<Cell, 'value' | 'type'> {
  if (typeof value === 'number') return { value: String(value), type: 'float' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { value, type: 'date' };
  const written = FORMULA_START.test(value) ? `'${value}` : value;
  return { value: written.replace(/\n\t/g, '\n'), type: written ? 'string' : '' };
}

const modes = [
  { mode: 'comma', separators: '44', trim: false },
  { mode: 'comma-trim', separators: '44', trim: true },
  { mode: 'comma-and-semicolon', separators: '44/59', trim: false },
  { mode: 'comma-and-semicolon-trim', separators: '44/59', trim: true },
];

describe.each(modes)('the workshop CSV files in Calc ($mode)', ({ mode, separators, trim }) => {
  it('finds every cell back as written, and no formula', async () => {
    await convert(mode, separators, trim);
    for (const [kind, rows] of Object.entries(files)) {
      const cells = readFods(readFileSync(join(dir, `${mode}-${kind}.fods`), 'utf8'));
      expect(cells.flat().filter((c) => c.formula !== null)).toEqual([]);
      const want = rows.map((row) => row.map((v) => expected(v)));
      for (const row of want) while (row.length > 0 && row.at(-1)!.value === '') row.pop();
      expect(cells.map((row) => row.map(({ value, type }) => ({ value, type })))).toEqual(want);
    }
  });
});
