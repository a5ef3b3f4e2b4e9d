import { checkSavedSector, migrateSavedSector, SAVED_SECTOR_VERSION } from '../../sector/entries';
import { checkedAgainstContent } from './checkedAgainstContent';

export const SECTOR_KEY = 'kai.sector';

/** The councils' group results an officer collected for the sector picture. */
export const sectorFormat = checkedAgainstContent({
  key: SECTOR_KEY,
  version: SAVED_SECTOR_VERSION,
  empty: () => ({ entries: [] }),
  migrate: migrateSavedSector,
  check: checkSavedSector,
});
