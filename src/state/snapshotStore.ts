import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { newId, type Assessment } from '../domain/assessment/assessment';
import { checkAssessment } from '../domain/assessment/checkAssessment';
import { checklistContent } from '../domain/content/load';
import { safeLocalStorage } from './safeStorage';

const { checklist, scale } = checklistContent;
export const SNAPSHOTS_KEY = 'kai.snapshots';
const SNAPSHOTS_VERSION = 1;

/** A dated copy of an assessment, kept to compare against later ("monitor progress closely"). */
export interface Snapshot {
  id: string;
  savedAt: string;
  /** Why it was kept, in the user's words or the app's ("Before importing a file"). */
  label: string;
  assessment: Assessment;
}

interface SnapshotStore {
  snapshots: Snapshot[];
  save(assessment: Assessment, label: string): Snapshot;
  remove(id: string): void;
}

const storage = safeLocalStorage<{ snapshots: Snapshot[] }>({ version: SNAPSHOTS_VERSION });

export const useSnapshotStore = create<SnapshotStore>()(
  persist(
    (set) => ({
      snapshots: [],
      save: (assessment, label) => {
        const snapshot = { id: newId(), savedAt: new Date().toISOString(), label, assessment };
        set((s) => ({ snapshots: [...s.snapshots, snapshot] }));
        return snapshot;
      },
      remove: (id) => set((s) => ({ snapshots: s.snapshots.filter((x) => x.id !== id) })),
    }),
    {
      name: SNAPSHOTS_KEY,
      version: SNAPSHOTS_VERSION,
      storage,
      partialize: (s) => ({ snapshots: s.snapshots }),
      migrate: (state) => state as { snapshots: Snapshot[] },
      // Each snapshot is checked like a saved assessment; if any is unusable the whole saved list is set
      // aside for download rather than silently dropping part of it.
      merge: (saved, current) => {
        if (saved === undefined || saved === null) return current;
        const list = (saved as { snapshots?: unknown }).snapshots;
        if (!Array.isArray(list)) {
          storage.rejectLoaded(SNAPSHOTS_KEY, 'the saved snapshots are not a list.');
          return current;
        }
        const snapshots: Snapshot[] = [];
        for (const [i, raw] of list.entries()) {
          const s = raw as Partial<Snapshot> | null;
          const checked = checkAssessment(s?.assessment, checklist, scale);
          if (
            !checked.ok ||
            typeof s?.id !== 'string' ||
            typeof s.savedAt !== 'string' ||
            typeof s.label !== 'string'
          ) {
            storage.rejectLoaded(
              SNAPSHOTS_KEY,
              `snapshot ${i + 1} is damaged${checked.ok ? '' : `: ${checked.message}`}`,
            );
            return current;
          }
          snapshots.push({
            id: s.id,
            savedAt: s.savedAt,
            label: s.label,
            assessment: checked.value,
          });
        }
        return { ...current, snapshots };
      },
    },
  ),
);
