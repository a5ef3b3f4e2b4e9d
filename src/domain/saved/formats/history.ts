import { checklistContent } from '../../content/load';
import {
  checkSavedHistory,
  HISTORY_KEY,
  migrateSavedHistory,
  SAVED_HISTORY_VERSION,
  type SavedHistory,
} from '../../history/saved';
import type { SavedFormat } from '../format';

const { checklist, scale } = checklistContent;
export { HISTORY_KEY };

/** A leader's earlier rounds (and imported ones), with their plans' reviews. */
export const historyFormat: SavedFormat<SavedHistory> = {
  key: HISTORY_KEY,
  version: SAVED_HISTORY_VERSION,
  empty: () => ({ entries: [] }),
  migrate: migrateSavedHistory,
  check: (state) => checkSavedHistory(state, checklist, scale),
};
