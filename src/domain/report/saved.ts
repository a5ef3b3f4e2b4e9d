import type { Assessment } from '../assessment/assessment';
import type { Snapshot } from '../assessment/snapshot';
import type { HistoryEntry } from '../history/round';

/** What a leader has saved on this device, as the stores hold it: a report is worked out from it. */
export interface PersonalSaved {
  /** The round being answered now, with its plan. */
  assessment: Assessment;
  /** The kept rounds (the history store), in any order. */
  rounds: HistoryEntry[];
  /** The snapshots kept by hand. */
  snapshots: Snapshot[];
}
