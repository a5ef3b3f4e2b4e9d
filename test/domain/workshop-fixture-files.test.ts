import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeResponseCode } from '../../src/domain/response/responseCode';
import { readResponseFile } from '../../src/domain/response/responseFile';
import {
  checkSavedWorkshops,
  migrateSavedWorkshops,
} from '../../src/domain/workshop/migrateWorkshop';
import { readWorkshopFile } from '../../src/domain/workshop/workshopFile';
import { checklist, scale } from './fixtures';

// Files written by each format version, kept as they were: every later version must still read them
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

  it('reads version 1 as workshops compared with no earlier one', () => {
    const file = readWorkshopFile(fixture('workshop-v1.json'), checklist, scale);
    expect(file.ok && file.value.earlier).toBe(null);
    const saved = JSON.parse(fixture('saved-workshops-v1.json'));
    const migrated = migrateSavedWorkshops(saved.state, saved.version);
    expect(migrated).toMatchObject({ workshops: [{ title: 'Cabinet away day', earlier: null }] });
    const r = checkSavedWorkshops(migrated, checklist, scale);
    expect(r.ok && r.value.workshops.map((w) => w.earlier)).toEqual([null]);
  });
});

describe('format version 2 fixtures (issue 10: a workshop compared with an earlier one)', () => {
  it('reads the link, its group figures and the reviewed plan, from a file and from saved data', () => {
    const file = readWorkshopFile(fixture('workshop-v2.json'), checklist, scale);
    const saved = JSON.parse(fixture('saved-workshops-v2.json'));
    expect(saved.version).toBe(2);
    const r = checkSavedWorkshops(migrateSavedWorkshops(saved.state, 2), checklist, scale);
    for (const w of [file.ok && file.value, r.ok && r.value.workshops[0]]) {
      expect(w && w.earlier).toMatchObject({
        id: 'w1',
        title: 'Cabinet away day',
        figures: { participants: 5 },
        plan: [{ what: 'Monthly dashboard' }, { what: 'Two pilots a year' }],
        review: [
          { outcome: 'done', note: 'Dashboard in place' },
          { outcome: 'dropped', note: '' },
        ],
      });
    }
  });
});
