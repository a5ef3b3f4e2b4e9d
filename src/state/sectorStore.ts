import { newId } from '../domain/assessment/assessment';
import type { CheckResult } from '../domain/assessment/checkAssessment';
import { whyNotSaved, type SaveResult } from '../domain/saved/result';
import { SECTOR_KEY, sectorFormat } from '../domain/saved/formats/sector';
import { addEntry, checkLabel, type SectorEntry } from '../domain/sector/entries';
import type { SectorSource } from '../domain/sector/sectorFigures';
import { savedStore } from './savedStore';

export { SECTOR_KEY };
export type { SectorEntry };

interface SectorActions {
  /** Adds one group's results; refused (and nothing changed) for a duplicate or a failed save. */
  add(source: SectorSource): CheckResult<SectorEntry>;
  relabel(id: string, label: string): CheckResult<string>;
  remove(id: string): SaveResult;
}

/** A refusal in the officer's words: the check's own reason, or why the browser kept nothing. */
const notSaved = (result: SaveResult): CheckResult<never> => ({
  ok: false,
  message:
    result.kind === 'refused'
      ? result.reason
      : `this browser would not save it. ${whyNotSaved(result)}`,
});

export const useSectorStore = savedStore<{ entries: SectorEntry[] }, SectorActions>(
  sectorFormat,
  (commit, current) => ({
    add: (source) => {
      const id = newId();
      const result = commit((s) => {
        const added = addEntry(s.entries, source, id);
        return added.ok ? { entries: added.value } : { kind: 'refused', reason: added.message };
      });
      const entry = current().entries.find((e) => e.id === id);
      return result.kind === 'saved' && entry ? { ok: true, value: entry } : notSaved(result);
    },
    relabel: (id, text) => {
      const label = checkLabel(text);
      if (!label.ok) return label;
      const result = commit((s) => ({
        entries: s.entries.map((e) => (e.id === id ? { ...e, label: label.value } : e)),
      }));
      return result.kind === 'saved' ? label : notSaved(result);
    },
    remove: (id) => commit((s) => ({ entries: s.entries.filter((e) => e.id !== id) })),
  }),
);
