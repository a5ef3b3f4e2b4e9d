import {
  checkSavedHistory,
  HISTORY_KEY,
  migrateSavedHistory,
  SAVED_HISTORY_VERSION,
} from '../../history/saved';
import { checkedAgainstContent } from './checkedAgainstContent';

export { HISTORY_KEY };

/** A leader's earlier rounds (and imported ones), with their plans' reviews. */
export const historyFormat = checkedAgainstContent({
  key: HISTORY_KEY,
  version: SAVED_HISTORY_VERSION,
  empty: () => ({ entries: [] }),
  migrate: migrateSavedHistory,
  check: checkSavedHistory,
});
