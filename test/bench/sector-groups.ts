import type { SectorSource } from '../../src/domain/sector/sectorFigures';
import { actionIds, checklist } from '../domain/fixtures';

/**
 * Every council in England and Wales, about 400, each a group of 5 to 15 (issue 24's scale), with
 * deterministic pseudo-random answers so that every run measures the same work.
 */
export function sectorOf(groups = 400): SectorSource[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: groups }, (_, g) => {
    const participants = 5 + Math.floor(next() * 11);
    return {
      madeAt: new Date(Date.UTC(2027, g % 12, 1 + (g % 28))).toISOString(),
      figures: {
        checklistId: checklist.id,
        checklistVersion: checklist.version,
        participants,
        actions: actionIds.map((actionId) => {
          const counts = [0, 0, 0, 0, 0];
          let notSure = 0;
          for (let p = 0; p < participants; p++) {
            if (next() < 0.05) notSure++;
            else counts[Math.floor(next() * 5)]!++;
          }
          return { actionId, counts, notSure };
        }),
      },
    };
  });
}
