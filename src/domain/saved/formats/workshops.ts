import {
  checkSavedWorkshops,
  migrateSavedWorkshops,
  SAVED_WORKSHOPS_VERSION,
} from '../../workshop/migrateWorkshop';
import { checkedAgainstContent } from './checkedAgainstContent';

export const WORKSHOPS_KEY = 'kai.workshops';

/** A facilitator's workshops: participants, their answers, the group plan, earlier workshops. */
export const workshopsFormat = checkedAgainstContent({
  key: WORKSHOPS_KEY,
  version: SAVED_WORKSHOPS_VERSION,
  empty: () => ({ workshops: [] }),
  migrate: migrateSavedWorkshops,
  check: checkSavedWorkshops,
});
