import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeResponseCode } from '../../src/domain/response/responseCode';
import { readResponseFile } from '../../src/domain/response/responseFile';
import { checkSavedWorkshops } from '../../src/domain/workshop/migrate';
import { readWorkshopFile } from '../../src/domain/workshop/workshopFile';
import { checklist, scale } from './fixtures';

// Files written by format version 1, kept as they were: every later version must still read them
// (docs/formats.md). If a format changes, add a migration and keep these tests passing.
const fixture = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures', name), 'utf8');

describe('format version 1 fixtures', () => {
  it('reads a version 1 response file', () => {
    const r = readResponseFile(fixture('response-v1.json'), checklist, scale);
    expect(r.ok && r.value).toMatchObject({
      responseId: '5f0c1e2d3c4b5a69788796a5b4c3d2e1',
      name: 'A Participant',
      answers: { 'climate.encourage-creativity': 3, 'delivery.persist': 'not-sure' },
      notes: { 'climate.encourage-creativity': 'Ideas days each month' },
    });
  });

  it('reads a version 1 response code', () => {
    const r = decodeResponseCode(fixture('response-code-v1.txt'), checklist, scale);
    expect(r.ok && r.value).toMatchObject({
      responseId: '5f0c1e2d3c4b5a69788796a5b4c3d2e1',
      answers: { 'climate.encourage-creativity': 3, 'delivery.persist': 'not-sure' },
    });
  });

  it('reads a version 1 workshop file and version 1 saved workshops', () => {
    const file = readWorkshopFile(fixture('workshop-v1.json'), checklist, scale);
    expect(file.ok && file.value.participants.map((p) => p.response?.source ?? 'waiting')).toEqual([
      'this-device',
      'file',
      'waiting',
    ]);
    const saved = JSON.parse(fixture('saved-workshops-v1.json'));
    expect(saved.version).toBe(1);
    const r = checkSavedWorkshops(saved.state, checklist, scale);
    expect(r.ok && r.value.workshops.map((w) => w.title)).toEqual(['Cabinet away day']);
  });
});
