import { newId, type Assessment } from '../domain/assessment/assessment';
import { SNAPSHOT_LABEL_MAX_LENGTH, type Snapshot } from '../domain/assessment/snapshot';
import { SNAPSHOTS_KEY, snapshotsFormat } from '../domain/saved/formats/snapshots';
import type { SaveResult } from '../domain/saved/result';
import { savedStore } from './savedStore';

export { SNAPSHOTS_KEY };
export type { Snapshot };

interface SnapshotActions {
  /** Keeps a dated copy; the snapshot only when it was saved (nothing is kept otherwise). */
  save(assessment: Assessment, label: string): { result: SaveResult; snapshot: Snapshot | null };
  remove(id: string): SaveResult;
}

export const useSnapshotStore = savedStore<{ snapshots: Snapshot[] }, SnapshotActions>(
  snapshotsFormat,
  (commit) => ({
    save: (assessment, label) => {
      const snapshot = {
        id: newId(),
        savedAt: new Date().toISOString(),
        label: label.slice(0, SNAPSHOT_LABEL_MAX_LENGTH),
        assessment,
      };
      const result = commit((s) => ({ snapshots: [...s.snapshots, snapshot] }));
      return { result, snapshot: result.kind === 'saved' ? snapshot : null };
    },
    remove: (id) => commit((s) => ({ snapshots: s.snapshots.filter((x) => x.id !== id) })),
  }),
);
