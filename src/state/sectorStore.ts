import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { newId } from '../domain/assessment/assessment';
import type { CheckResult } from '../domain/assessment/checkAssessment';
import { checklistContent } from '../domain/content/load';
import type { SectorSource } from '../domain/sector/sectorFigures';
import {
  addEntry,
  checkLabel,
  checkSavedSector,
  migrateSavedSector,
  SAVED_SECTOR_VERSION,
  type SectorEntry,
} from '../domain/sector/entries';
import { followOtherTabs, lastWriteSucceeded, persistOptions } from './savedFormat';

const { checklist, scale } = checklistContent;
export const SECTOR_KEY = 'kai.sector';
export type { SectorEntry };

interface SectorStore {
  entries: SectorEntry[];
  /** Adds one group's results; refused (and nothing changed) for a duplicate or a failed save. */
  add(source: SectorSource): CheckResult<SectorEntry>;
  relabel(id: string, label: string): CheckResult<string>;
  remove(id: string): boolean;
}

const NOT_SAVED: CheckResult<never> = {
  ok: false,
  message:
    'this browser would not save it (see the message at the top of the page). Nothing was added.',
};

export const useSectorStore = create<SectorStore>()(
  persist(
    (set, get) => {
      // Every change is written and checked; a change that did not reach storage is taken back.
      const commit = (entries: SectorEntry[]) => {
        const before = get().entries;
        set({ entries });
        if (lastWriteSucceeded(SECTOR_KEY)) return true;
        set({ entries: before });
        return false;
      };
      return {
        entries: [],
        add: (source) => {
          const added = addEntry(get().entries, source, newId());
          if (!added.ok) return added;
          return commit(added.value) ? { ok: true, value: added.value.at(-1)! } : NOT_SAVED;
        },
        relabel: (id, text) => {
          const label = checkLabel(text);
          if (!label.ok) return label;
          const entries = get().entries.map((e) =>
            e.id === id ? { ...e, label: label.value } : e,
          );
          return commit(entries) ? label : NOT_SAVED;
        },
        remove: (id) => commit(get().entries.filter((e) => e.id !== id)),
      };
    },
    persistOptions<SectorStore, { entries: SectorEntry[] }>(
      {
        key: SECTOR_KEY,
        version: SAVED_SECTOR_VERSION,
        empty: () => ({ entries: [] }),
        migrate: migrateSavedSector,
        check: (state) => checkSavedSector(state, checklist, scale),
      },
      (s) => ({ entries: s.entries }),
    ),
  ),
);

followOtherTabs(useSectorStore, SECTOR_KEY);
