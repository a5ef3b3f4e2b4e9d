import { checklistContent } from '../../content/load';
import {
  checkSavedWorkshops,
  migrateSavedWorkshops,
  SAVED_WORKSHOPS_VERSION,
} from '../../workshop/migrateWorkshop';
import type { Workshop } from '../../workshop/workshop';
import type { SavedFormat } from '../format';

const { checklist, scale } = checklistContent;
export const WORKSHOPS_KEY = 'kai.workshops';

/** A facilitator's workshops: participants, their answers, the group plan, earlier workshops. */
export const workshopsFormat: SavedFormat<{ workshops: Workshop[] }> = {
  key: WORKSHOPS_KEY,
  version: SAVED_WORKSHOPS_VERSION,
  empty: () => ({ workshops: [] }),
  migrate: migrateSavedWorkshops,
  check: (state) => checkSavedWorkshops(state, checklist, scale),
};
