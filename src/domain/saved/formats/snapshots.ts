import {
  checkSavedSnapshots,
  migrateSavedSnapshots,
  SAVED_SNAPSHOTS_VERSION,
} from '../../assessment/snapshot';
import { checkedAgainstContent } from './checkedAgainstContent';

export const SNAPSHOTS_KEY = 'kai.snapshots';

/** The dated copies of an assessment a leader kept to compare against. */
export const snapshotsFormat = checkedAgainstContent({
  key: SNAPSHOTS_KEY,
  version: SAVED_SNAPSHOTS_VERSION,
  empty: () => ({ snapshots: [] }),
  migrate: migrateSavedSnapshots,
  check: checkSavedSnapshots,
});
