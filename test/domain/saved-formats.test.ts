import { describe, expect, it } from 'vitest';
import { loadSaved, type SavedFormat } from '../../src/domain/saved/format';
import { assessmentFormat } from '../../src/domain/saved/formats/assessment';
import { historyFormat } from '../../src/domain/saved/formats/history';
import { sectorFormat } from '../../src/domain/saved/formats/sector';
import { snapshotsFormat } from '../../src/domain/saved/formats/snapshots';
import { workshopsFormat } from '../../src/domain/saved/formats/workshops';

// One module per saved format (issue 23, part 2): its key, version, empty state, migration and the
// one check. Every store is made from one of these by the one factory (src/state/savedStore.ts).
const formats: [string, SavedFormat<unknown>][] = [
  ['kai.assessment', assessmentFormat],
  ['kai.snapshots', snapshotsFormat],
  ['kai.history', historyFormat],
  ['kai.workshops', workshopsFormat],
  ['kai.sector', sectorFormat],
] as [string, SavedFormat<unknown>][];

describe('the saved formats', () => {
  it.each(formats)(
    '%s: what it holds when empty is saved and read back unchanged',
    (key, format) => {
      expect(format.key).toBe(key);
      const empty = format.empty();
      const checked = format.check(empty);
      expect(checked.ok && checked.value).toEqual(empty);
      expect(checked.ok && (checked.leftOut ?? [])).toEqual([]);
      const text = JSON.stringify({ version: format.version, state: empty });
      expect(loadSaved(format, text)).toEqual({
        kind: 'loaded',
        value: empty,
        leftOut: [],
        notes: [],
      });
    },
  );

  it.each(formats)('%s: a newer version is set aside, not read', (_key, format) => {
    const text = JSON.stringify({ version: format.version + 1, state: format.empty() });
    expect(loadSaved(format, text).kind).toBe('newer-version');
  });

  it('no two formats share a key', () => {
    expect(new Set(formats.map(([, f]) => f.key)).size).toBe(formats.length);
  });
});
