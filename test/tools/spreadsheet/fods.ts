/**
 * Reads the cells of a flat OpenDocument spreadsheet (.fods) as Calc wrote it: enough of the format to
 * see what each cell holds and whether it is a formula. Each cell is its text, or its number or date.
 */
export interface Cell {
  /** The cell's text, its number as written, or its date (YYYY-MM-DD); '' when empty. */
  value: string;
  type: string;
  /** The formula Calc made of the cell, if any: there must never be one. */
  formula: string | null;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-f]+));/gi, (_, name: string, dec, hex) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : entities[name]!,
  );

const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/** The text of one paragraph: spaces, tabs and line breaks are elements of their own in ODF. */
function paragraphText(xml: string): string {
  return decode(
    xml
      .replace(/<text:s(?: text:c="(\d+)")?\s*\/>/g, (_, n) => ' '.repeat(Number(n ?? 1)))
      .replace(/<text:tab\s*\/>/g, '\t')
      .replace(/<text:line-break\s*\/>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  );
}

function cellOf(open: string, body: string): Cell {
  const type = attr(open, 'office:value-type') ?? '';
  const paragraphs = [...body.matchAll(/<text:p\s*\/>|<text:p[^>]*>([\s\S]*?)<\/text:p>/g)].map(
    (m) => paragraphText(m[1] ?? ''),
  );
  const value =
    type === 'float'
      ? attr(open, 'office:value')!
      : type === 'date'
        ? attr(open, 'office:date-value')!.slice(0, 10)
        : paragraphs.join('\n');
  return { value, type, formula: attr(open, 'table:formula') };
}

/** Every row of the first sheet, trailing empty cells left off. */
export function readFods(xml: string): Cell[][] {
  const table = /<table:table [\s\S]*?<\/table:table>/.exec(xml)?.[0] ?? '';
  const rows: Cell[][] = [];
  for (const row of table.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: Cell[] = [];
    const cellPattern =
      /(<table:(?:covered-)?table-cell\b[^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g;
    for (const m of row[1]!.matchAll(cellPattern)) {
      const repeat = Number(attr(m[1]!, 'table:number-columns-repeated') ?? 1);
      const cell = cellOf(m[1]!, m[2] ?? '');
      for (let i = 0; i < Math.min(repeat, 1000); i++) cells.push(cell);
    }
    while (cells.length > 0 && cells.at(-1)!.value === '' && !cells.at(-1)!.formula) cells.pop();
    rows.push(cells);
  }
  while (rows.length > 0 && rows.at(-1)!.length === 0) rows.pop();
  return rows;
}
