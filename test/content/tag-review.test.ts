import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentedRows, type ReviewRow as Row } from './reviewTable';

// Every tag (quote, recommendation, example, finding, behaviour, para 17–18 → action) has one line of
// reason in docs/content.md's review table, with the same rank as the data: a tag without a reason, or
// a reason without a tag, fails here.
const root = join(import.meta.dirname, '../..');
const read = (file: string): any => JSON.parse(readFileSync(join(root, 'content', file), 'utf8'));

function dataTags(): Map<string, string> {
  const tags = new Map<string, string>();
  const key = (kind: string, item: string, action: string) => `${kind} ${item} → ${action}`;
  for (const [kind, file] of [
    ['quote', 'quotes.json'],
    ['recommendation', 'recommendations.json'],
    ['example', 'examples.json'],
  ] as const) {
    for (const item of read(file).items) {
      if (item.tags.length === 0) tags.set(key(kind, item.id, '(none)'), '–');
      for (const t of item.tags) tags.set(key(kind, item.id, t.actionId), String(t.rank));
    }
  }
  const findings = read('findings.json');
  for (const a of findings.furtherAction.areas)
    for (const id of a.actionIds) tags.set(key('finding', a.id, id), '–');
  for (const b of findings.behaviours.items)
    for (const id of b.actionIds) tags.set(key('behaviour', b.id, id), '–');
  for (const p of ['freshIdeas', 'scopeForMore'])
    for (const id of findings[p].actionIds) tags.set(key('paragraph', p, id), '–');
  return tags;
}

/** What is wrong between the table and the data: a tag with no row, a row with no tag, no reason, another rank. */
function problems(rows: Row[], tags: Map<string, string>): string[] {
  const found: string[] = [];
  const documented = new Map(rows.map((r) => [`${r.kind} ${r.item} → ${r.action}`, r]));
  if (documented.size !== rows.length) found.push('a tag has more than one row');
  for (const k of tags.keys()) if (!documented.has(k)) found.push(`${k}: no row`);
  for (const [k, row] of documented) {
    if (!tags.has(k)) found.push(`${k}: no such tag in content/`);
    else if (row.rank !== tags.get(k)) found.push(`${k}: rank ${row.rank}, data has ${tags.get(k)}`);
    if (row.reason.length < 10) found.push(`${k}: no reason`);
  }
  return found;
}

describe('docs/content.md review table', () => {
  const rows = documentedRows();

  it('has one row with a reason and the data\'s rank for every tag in content/, and no other row', () => {
    expect(rows.length).toBeGreaterThan(90);
    expect(problems(rows, dataTags())).toEqual([]);
  });

  it('fails on a tag without a reason, a missing row and a rank that differs', () => {
    const edited = rows
      .filter((r) => !(r.item === 'q29' && r.action === 'delivery.space-to-test'))
      .map((r) => (r.item === 'q06' ? { ...r, reason: '' } : r.item === 'R8' ? { ...r, rank: '2' } : r));
    expect(problems(edited, dataTags()).sort()).toEqual([
      'quote q06 → climate.encourage-creativity: no reason',
      'quote q06 → leading.listen-to-others: no reason',
      'quote q29 → delivery.space-to-test: no row',
      'recommendation R8 → leading.work-cross-council: rank 2, data has 1',
    ]);
  });
});
