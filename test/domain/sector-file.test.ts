import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addEntry,
  checkSavedSector,
  defaultLabel,
  type SectorEntry,
} from '../../src/domain/sector/entries';
import { encodeGroupCode } from '../../src/domain/group/groupCode';
import { groupResultsFile } from '../../src/domain/group/groupResultsFile';
import { sourceFromCode, sourceFromFile } from '../../src/domain/sector/collect';
import { sectorFigures } from '../../src/domain/sector/sectorFigures';
import { readSectorFile, sectorFile } from '../../src/domain/sector/sectorFile';
import { checklist, scale } from './fixtures';
import { FOUR, FOUR_SOURCES, group } from './sector-fixtures';

const NOW = new Date('2027-06-02T09:00:00.000Z');
const figures = sectorFigures(FOUR_SOURCES, checklist, scale);
const text = JSON.stringify(sectorFile(figures, NOW));

describe('the sector file', () => {
  it('reads back exactly the figures it was written from', () => {
    expect(readSectorFile(text, checklist, scale)).toEqual({ ok: true, value: figures });
  });

  it('reads the version 1 fixture kept in test/fixtures', () => {
    const fixture = readFileSync('test/fixtures/sector-v1.json', 'utf8');
    expect(readSectorFile(fixture, checklist, scale)).toEqual({ ok: true, value: figures });
  });

  it('carries no label and no group’s own row', () => {
    const file = JSON.parse(text);
    expect(Object.keys(file).sort()).toEqual(
      [
        'actions',
        'checklistId',
        'checklistVersion',
        'exportedAt',
        'formatVersion',
        'from',
        'groups',
        'kind',
        'overall',
        'participants',
        'sections',
        'to',
      ].sort(),
    );
    expect(Object.keys(file.actions[0]).sort()).toEqual([
      'actionId',
      'counts',
      'groups',
      'notSure',
    ]);
    expect(text).not.toContain('label');
  });

  it.each([
    [
      'a group results file',
      JSON.stringify({ kind: 'key-actions-for-innovation/group-results', formatVersion: 1 }),
      'it is a group results file, not a sector file',
    ],
    [
      'figures of two groups',
      JSON.stringify({ ...JSON.parse(text), groups: 2 }),
      'at least 3 groups',
    ],
    [
      'a median below the lowest group',
      JSON.stringify({ ...JSON.parse(text), overall: { ...figures.overall, median: 0 } }),
      'damaged',
    ],
    ['a newer format', JSON.stringify({ ...JSON.parse(text), formatVersion: 2 }), 'newer version'],
    [
      'more answers than participants',
      JSON.stringify({ ...JSON.parse(text), participants: 3 }),
      'damaged',
    ],
  ])('refuses %s with a message', (_what, bad, message) => {
    const read = readSectorFile(bad, checklist, scale);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.message).toContain(message);
  });
});

describe('the entries an officer collects', () => {
  const at = '2027-03-01T10:00:00.000Z';
  const two = [FOUR[0]!, FOUR[1]!].reduce<SectorEntry[]>((list, f, i) => {
    const added = addEntry(list, { figures: f, madeAt: at }, `id-${i}`);
    if (!added.ok) throw new Error(added.message);
    return added.value;
  }, []);

  it('labels each new entry "Group N" until the officer gives it a name', () => {
    expect(two.map((e) => e.label)).toEqual(['Group 1', 'Group 2']);
    expect(defaultLabel([{ ...two[0]!, label: 'Group 2' }])).toBe('Group 3');
  });

  it('refuses the same results twice, naming the entry that has them', () => {
    expect(
      addEntry(
        two,
        {
          figures: group(5, 2, {
            'climate.encourage-creativity': { counts: [0, 0, 5, 0, 0] },
            'climate.invite-external-challenge': { counts: [0, 0, 5, 0, 0] },
          }),
          madeAt: at,
        },
        'id-9',
      ),
    ).toEqual({
      ok: false,
      message: 'these results are already in the picture, as “Group 2”. Nothing was added.',
    });
  });

  it('refuses a group under the minimum size for shared figures, by code or file, and says why', () => {
    const four = group(4, 2);
    const code = encodeGroupCode(four, checklist);
    const byCode = code.ok ? sourceFromCode(code.value, checklist, scale, new Date(at)) : code;
    const byFile = sourceFromFile(
      JSON.stringify(groupResultsFile(four, new Date(at))),
      checklist,
      scale,
      new Date(at),
    );
    for (const read of [byCode, byFile]) {
      expect(read.ok).toBe(false);
      expect(read.ok ? '' : read.message).toMatch(/^it was made for a group of 4\. .* at least 5/);
    }
  });

  it('loads what it saves, and leaves out a damaged entry by name', () => {
    const saved = {
      entries: [...two, { ...two[0]!, id: 'x', figures: { ...two[0]!.figures, participants: 1 } }],
    };
    const checked = checkSavedSector(JSON.parse(JSON.stringify(saved)), checklist, scale);
    expect(checked.ok && checked.value.entries).toEqual(two);
    expect(checked.ok && checked.leftOut).toEqual([
      expect.stringMatching(/^Group 3 was left out: it was made for a group of 1\. /),
    ]);
  });
});
