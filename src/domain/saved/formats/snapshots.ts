import {
  checkSavedSnapshots,
  migrateSavedSnapshots,
  SAVED_SNAPSHOTS_VERSION,
  type Snapshot,
} from '../../assessment/snapshot';
import { checklistContent } from '../../content/load';
import type { SavedFormat } from '../format';

const { checklist, scale } = checklistContent;
export const SNAPSHOTS_KEY = 'kai.snapshots';

/** The dated copies of an assessment a leader kept to compare against. */
export const snapshotsFormat: SavedFormat<{ snapshots: Snapshot[] }> = {
  key: SNAPSHOTS_KEY,
  version: SAVED_SNAPSHOTS_VERSION,
  empty: () => ({ snapshots: [] }),
  migrate: migrateSavedSnapshots,
  check: (state) => checkSavedSnapshots(state, checklist, scale),
};
