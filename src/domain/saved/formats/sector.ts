import { checklistContent } from '../../content/load';
import {
  checkSavedSector,
  migrateSavedSector,
  SAVED_SECTOR_VERSION,
  type SectorEntry,
} from '../../sector/entries';
import type { SavedFormat } from '../format';

const { checklist, scale } = checklistContent;
export const SECTOR_KEY = 'kai.sector';

/** The councils' group results an officer collected for the sector picture. */
export const sectorFormat: SavedFormat<{ entries: SectorEntry[] }> = {
  key: SECTOR_KEY,
  version: SAVED_SECTOR_VERSION,
  empty: () => ({ entries: [] }),
  migrate: migrateSavedSector,
  check: (state) => checkSavedSector(state, checklist, scale),
};
