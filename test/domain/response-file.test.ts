import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAssessment, type Assessment } from '../../src/domain/assessment/assessment';
import {
  readResponseFile,
  responseFile,
  responseFileName,
} from '../../src/domain/response/responseFile';
import { checklist, scale } from './fixtures';

const assessment: Assessment = {
  ...emptyAssessment(checklist),
  id: 'aaaabbbbccccdddd0000111122223333',
  answers: { 'climate.encourage-creativity': 3, 'delivery.persist': 'not-sure' },
  notes: { 'climate.encourage-creativity': 'Ideas days', 'delivery.persist': '  ' },
  aboutYou: { name: 'Private Name', role: 'Leader', council: 'Anytown' },
};
const NOW = new Date('2026-11-02T09:30:00.000Z');
const fileText = (change: Record<string, unknown> = {}) =>
  JSON.stringify({ ...responseFile(assessment, 'Alex Smith', NOW), ...change });
const message = (text: string) => {
  const r = readResponseFile(text, checklist, scale);
  return r.ok ? 'ok' : r.message;
};

describe('the response file', () => {
  it('carries the checklist, its version, the assessment id as response id, answers and notes', () => {
    expect(responseFile(assessment, '  Alex Smith ', NOW)).toEqual({
      kind: 'key-actions-for-innovation/response',
      formatVersion: 1,
      checklistId: 'council-leaders-key-actions',
      checklistVersion: '1',
      responseId: 'aaaabbbbccccdddd0000111122223333',
      name: 'Alex Smith',
      answers: { 'climate.encourage-creativity': 3, 'delivery.persist': 'not-sure' },
      notes: { 'climate.encourage-creativity': 'Ideas days' },
      exportedAt: '2026-11-02T09:30:00.000Z',
    });
  });

  it('never carries the "about you" details: only the name typed on the share page', () => {
    expect(JSON.stringify(responseFile(assessment, '', NOW))).not.toMatch(/Private Name|Anytown/);
  });

  it('reads back what it wrote', () => {
    expect(readResponseFile(fileText(), checklist, scale)).toEqual({
      ok: true,
      value: {
        responseId: 'aaaabbbbccccdddd0000111122223333',
        checklistId: 'council-leaders-key-actions',
        checklistVersion: '1',
        name: 'Alex Smith',
        answers: { 'climate.encourage-creativity': 3, 'delivery.persist': 'not-sure' },
        notes: { 'climate.encourage-creativity': 'Ideas days' },
      },
    });
    // A byte-order mark added by an editor is fine.
    expect(message('\uFEFF' + fileText())).toBe('ok');
  });

  it('names its file after the name, or the start of the id', () => {
    expect(responseFileName('Cllr Ann O’Neill', 'abcdef0123')).toBe(
      'key-actions-response-cllr-ann-oneill.json',
    );
    expect(responseFileName('', 'abcdef0123')).toBe('key-actions-response-abcdef01.json');
  });

  it('gives one clear message for each kind of bad file', () => {
    expect(message('{"kind": "key-actions')).toBe(
      'it is not a response file from this app (it is not JSON).',
    );
    expect(message('[1,2]')).toBe('it is not a response file from this app.');
    expect(message('{"hello":1}')).toBe('it is not a response file from this app.');
    expect(message(JSON.stringify({ kind: 'key-actions-for-innovation/workshop' }))).toBe(
      'it is a workshop file, not a response file: import it on the Workshops page.',
    );
    expect(message(fileText({ formatVersion: 2 }))).toBe(
      'it was made by a newer version of this app (format 2; this one reads up to 1).',
    );
    expect(message(fileText({ checklistId: 'chief-executives' }))).toBe(
      `it is for a different checklist ("chief-executives"), not "Council Leaders' Key Actions for Innovation".`,
    );
    expect(message(fileText({ checklistVersion: '2' }))).toBe(
      'it is for version 2 of the checklist; this app uses version 1.',
    );
    expect(message(fileText({ answers: { 'climate.nap-more': 2 } }))).toBe(
      'it has an answer for "climate.nap-more", which is not an action in this checklist.',
    );
    expect(message(fileText({ answers: { 'delivery.persist': 9 } }))).toBe(
      'the answer for "delivery.persist" (9) is not one of the answer options.',
    );
    expect(message(fileText({ name: 42 }))).toBe('the name in it is not text.');
    expect(message(fileText({ responseId: '../../etc' }))).toBe(
      'its id is missing or not in the expected form.',
    );
    expect(
      message(fileText().replace('"answers":{', '"answers":{"__proto__":{"polluted":true},')),
    ).toBe('it contains a key named "__proto__", which is not allowed.');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, whatever text or JSON it is given', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        readResponseFile(text, checklist, scale);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(
        fc.record(
          {
            kind: fc.oneof(fc.constant('key-actions-for-innovation/response'), fc.jsonValue()),
            formatVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
            checklistId: fc.oneof(fc.constant('council-leaders-key-actions'), fc.jsonValue()),
            checklistVersion: fc.oneof(fc.constant('1'), fc.jsonValue()),
            responseId: fc.oneof(fc.constant('abc'), fc.jsonValue()),
            name: fc.jsonValue(),
            answers: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue()),
            notes: fc.jsonValue(),
          },
          { requiredKeys: [] },
        ),
        (value) => {
          const r = readResponseFile(JSON.stringify(value), checklist, scale);
          if (r.ok) expect(r.value.checklistId).toBe('council-leaders-key-actions');
        },
      ),
      { numRuns: 2000 },
    );
  });
});
