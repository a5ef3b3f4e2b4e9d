import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyAssessment, type Assessment } from '../../src/domain/assessment/assessment';
import { readPersonalFile, writePersonalFile } from '../../src/domain/exchange/personalFile';
import { mergeHistory, roundEntry } from '../../src/domain/history/round';
import { checklist, scale } from './fixtures';

const read = (text: string) => readPersonalFile(text, checklist, scale);
const fixture = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures', name), 'utf8');

const lastYear: Assessment = {
  ...emptyAssessment(checklist),
  id: 'round-2025',
  answers: { 'climate.encourage-creativity': 1 },
  plan: [
    {
      actionId: 'climate.encourage-creativity',
      what: 'Ideas days',
      who: '',
      byWhen: null,
      measure: '',
    },
  ],
  updatedAt: '2025-11-19T10:20:00.000Z',
};
const now: Assessment = {
  ...emptyAssessment(checklist),
  id: 'round-2026',
  answers: { 'climate.encourage-creativity': 3 },
  updatedAt: '2026-11-19T10:20:00.000Z',
};

describe('personal file format 2: the history travels with the assessment', () => {
  it('carries rounds with their plan reviews and snapshots, and reads them back in date order', () => {
    const round = {
      ...roundEntry(lastYear, 'Round', new Date()),
      review: [
        { actionId: 'climate.encourage-creativity', outcome: 'done' as const, note: 'Monthly' },
      ],
    };
    const snapshot = {
      id: 'snap1',
      kind: 'snapshot' as const,
      savedAt: '2026-05-01T08:00:00.000Z',
      label: 'Spring',
      assessment: { ...lastYear, id: 'round-2025' },
      review: null,
    };
    const text = writePersonalFile(now, checklist, new Date('2026-11-20T00:00:00Z'), [
      snapshot,
      round,
    ]);
    expect(JSON.parse(text).formatVersion).toBe(2);
    const result = read(text);
    expect(result.ok && result.value.history).toEqual([round, snapshot]);
    expect(result.ok && result.value.assessment).toEqual(now);
  });

  it('still reads a format 1 file (fixture), with no history', () => {
    const result = read(fixture('assessment-file-v1.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.history).toEqual([]);
    expect(result.value.exportedAt).toBe('2025-11-20T09:00:00.000Z');
    expect(result.value.assessment.answers).toEqual({
      'climate.encourage-creativity': 2,
      'leading.united-leadership': 1,
      'delivery.persist': 'not-sure',
    });
    expect(result.value.assessment.plan[0]!.what).toBe(
      'Quarterly joint session with the management team',
    );
  });

  it('refuses a format 2 file whose history is damaged, saying where', () => {
    const file = JSON.parse(writePersonalFile(now, checklist));
    file.history = [{ id: 'x', savedAt: 'not a date', label: '', assessment: lastYear }];
    const result = read(JSON.stringify(file));
    expect(result.ok ? 'ok' : result.message).toBe(
      'The file cannot be used: entry 1 of the history is damaged: its date is not a date.',
    );
    delete file.history;
    const missing = read(JSON.stringify(file));
    expect(missing.ok ? 'ok' : missing.message).toBe(
      'The file cannot be used: the history is not a list.',
    );
  });

  it("adding last year's file as history twice keeps one copy of each round", () => {
    const text = writePersonalFile(lastYear, checklist);
    const imported = read(text);
    if (!imported.ok) throw new Error(imported.message);
    const asHistory = [
      roundEntry(imported.value.assessment, 'Round', new Date()),
      ...imported.value.history,
    ];
    const once = mergeHistory([], asHistory, now.id);
    const twice = mergeHistory(once.history, asHistory, now.id);
    expect(once.added).toBe(1);
    expect(twice).toMatchObject({ added: 0, alreadyThere: 1 });
    expect(twice.history.map((e) => e.id)).toEqual(['round-2025']);
  });
});
