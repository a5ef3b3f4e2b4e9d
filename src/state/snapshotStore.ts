import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { newId, type Assessment } from '../domain/assessment/assessment';
import {
  checkSavedSnapshots,
  migrateSavedSnapshots,
  SAVED_SNAPSHOTS_VERSION,
  SNAPSHOT_LABEL_MAX_LENGTH,
  type Snapshot,
} from '../domain/assessment/snapshot';
import { checklistContent } from '../domain/content/load';
import { followOtherTabs, lastWriteSucceeded, persistOptions } from './savedFormat';

const { checklist, scale } = checklistContent;
export const SNAPSHOTS_KEY = 'kai.snapshots';
export type { Snapshot };

interface SnapshotStore {
  snapshots: Snapshot[];
  /** Keeps a dated copy; null when the browser would not save it (nothing is kept then). */
  save(assessment: Assessment, label: string): Snapshot | null;
  remove(id: string): void;
}

export const useSnapshotStore = create<SnapshotStore>()(
  persist(
    (set) => ({
      snapshots: [],
      save: (assessment, label) => {
        const snapshot = {
          id: newId(),
          savedAt: new Date().toISOString(),
          label: label.slice(0, SNAPSHOT_LABEL_MAX_LENGTH),
          assessment,
        };
        set((s) => ({ snapshots: [...s.snapshots, snapshot] }));
        if (lastWriteSucceeded(SNAPSHOTS_KEY)) return snapshot;
        // Never show a snapshot as kept when it is not: take it back out.
        set((s) => ({ snapshots: s.snapshots.filter((x) => x.id !== snapshot.id) }));
        return null;
      },
      remove: (id) => set((s) => ({ snapshots: s.snapshots.filter((x) => x.id !== id) })),
    }),
    persistOptions<SnapshotStore, { snapshots: Snapshot[] }>(
      {
        key: SNAPSHOTS_KEY,
        version: SAVED_SNAPSHOTS_VERSION,
        empty: () => ({ snapshots: [] }),
        migrate: migrateSavedSnapshots,
        check: (state) => checkSavedSnapshots(state, checklist, scale),
      },
      (s) => ({ snapshots: s.snapshots }),
    ),
  ),
);

followOtherTabs(useSnapshotStore, SNAPSHOTS_KEY);
