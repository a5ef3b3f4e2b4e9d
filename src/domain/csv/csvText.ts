/**
 * The one CSV writer for every spreadsheet the app makes (docs/formats.md, "CSV files"). papaparse's
 * `unparse` does the RFC 4180 quoting; it is loaded only when a file is made, so it costs the first
 * page nothing.
 */

/** Excel reads a UTF-8 file correctly only when it starts with a byte-order mark. */
export const CSV_BOM = '\uFEFF';

export type CsvCell = string | number;

/**
 * Text a spreadsheet could run as a formula (OWASP "CSV injection"): = + - @ first, also after spaces
 * or line breaks (Calc's "Trim spaces" turns " =1+1" into 2) and in their full-width forms ＝ ＋ － ＠
 * (read as formulas where an input method types them); or a tab or carriage return first. Such a field
 * gets a leading apostrophe and is quoted. papaparse's own pattern (`escapeFormulae: true`) knows
 * neither the spaces nor the full-width forms, and misses "=1\n+2" (its `.*$` stops at a line break).
 */
export const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/**
 * Besides papaparse's own rule (a comma, a quote, a line break or a space at either end), a field with
 * a semicolon is quoted: Excel in many European locales splits on it.
 */
const quoteSemicolons = (value: unknown) => typeof value === 'string' && value.includes(';');

/** The rows as CSV text: a byte-order mark first, CRLF after every row, the last included. */
export async function csvText(rows: readonly (readonly CsvCell[])[]): Promise<string> {
  const papa = await import('papaparse');
  // papaparse is CommonJS: its functions are on `default` once bundled, on the module in Node.
  const { unparse } = 'default' in papa && papa.default ? papa.default : papa;
  const body = unparse(rows as CsvCell[][], {
    escapeFormulae: FORMULA_START,
    quotes: quoteSemicolons,
    newline: '\r\n',
  });
  return `${CSV_BOM}${body}\r\n`;
}
