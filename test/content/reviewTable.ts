import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ReviewRow {
  action: string;
  kind: string;
  item: string;
  rank: string;
  reason: string;
}

/** The rows of docs/content.md's review table (action, kind, item, rank, reason). */
export function reviewRows(markdown: string): ReviewRow[] {
  const start = markdown.indexOf('| action ');
  const lines = markdown.slice(start).split('\n');
  const table = lines.slice(2, lines.findIndex((l, i) => i > 0 && !l.startsWith('|')));
  return table.map((line) => {
    const [action, kind, item, rank, reason] = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    return { action: action!, kind: kind!, item: item!, rank: rank!, reason: reason! };
  });
}

/** The review table as the repository has it. */
export const documentedRows = () =>
  reviewRows(readFileSync(join(import.meta.dirname, '../../docs/content.md'), 'utf8'));

/** Whether the table gives a reason for showing `item` (a quote, recommendation or example) for `action`. */
export function hasReason(rows: ReviewRow[], kind: string, item: string, action: string): boolean {
  return rows.some(
    (r) => r.kind === kind && r.item === item && r.action === action && r.reason.length >= 10,
  );
}
