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

/** The source words of every item a row can name, by "kind item". */
function itemTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const q of read('quotes.json').items) texts.set(`quote ${q.id}`, q.text);
  for (const r of read('recommendations.json').items) texts.set(`recommendation ${r.id}`, r.text);
  for (const e of read('examples.json').items) texts.set(`example ${e.id}`, e.description);
  const findings = read('findings.json');
  for (const a of findings.furtherAction.areas) texts.set(`finding ${a.id}`, a.text);
  for (const b of findings.behaviours.items) texts.set(`behaviour ${b.id}`, b.text);
  for (const p of ['freshIdeas', 'scopeForMore']) texts.set(`paragraph ${p}`, findings[p].text);
  return texts;
}

const plain = (s: string) => s.replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

/**
 * Reasons that do not quote the item: a reason must quote, in double quotes, the source words that
 * speak to the action (issue 22), and every quoted piece ("a ... b" is two pieces) must be the item's
 * own words, so that a reviewer can check the reason against the source and nothing is put in its mouth.
 */
function unquoted(rows: Row[], texts: Map<string, string>): string[] {
  const found: string[] = [];
  for (const r of rows) {
    const source = plain(texts.get(`${r.kind} ${r.item}`) ?? '');
    const quoted = [...r.reason.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    if (quoted.length === 0) found.push(`${r.kind} ${r.item} → ${r.action}: quotes nothing`);
    for (const piece of quoted.flatMap((q) => q.split(' ... ')))
      if (!source.includes(plain(piece.trim())))
        found.push(`${r.kind} ${r.item} → ${r.action}: "${piece}" is not its words`);
  }
  return found;
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

  it("gives every reason in the item's own words: each quoted piece is in the item's text", () => {
    expect(unquoted(rows, itemTexts())).toEqual([]);
  });

  it('fails on a reason that quotes nothing, or quotes words the item does not have', () => {
    const edited = rows.map((r) =>
      r.item === 'R11'
        ? { ...r, reason: 'Winning support is what communicating the need is for.' }
        : r.item === 'q04'
          ? { ...r, reason: '"how we use technology ... to find fresh ideas": a guess.' }
          : r,
    );
    expect(unquoted(edited, itemTexts())).toEqual([
      'recommendation R11 → leading.united-leadership: quotes nothing',
      'quote q04 → (none): "to find fresh ideas" is not its words',
    ]);
  });

  it('fails on a tag without a reason, a missing row and a rank that differs', () => {
    const edited = rows
      .filter((r) => !(r.item === 'q29' && r.action === 'delivery.space-to-test'))
      .map((r) => (r.item === 'q06' ? { ...r, reason: '' } : r.item === 'R8' ? { ...r, rank: '2' } : r));
    expect(problems(edited, dataTags()).sort()).toEqual([
      'quote q06 → climate.encourage-creativity: no reason',
      'quote q06 → climate.look-for-fresh-ideas: no reason',
      'quote q06 → leading.listen-to-others: no reason',
      'quote q29 → delivery.space-to-test: no row',
      'recommendation R8 → leading.work-cross-council: rank 2, data has 1',
    ]);
  });
});
