import type { GroupFigures } from '../../src/domain/group/figures';
import { actionIds, checklist } from './fixtures';

export const X = 'climate.encourage-creativity';
export const Y = 'climate.invite-external-challenge';

/** A group whose every member gave `value` on every action, but for the actions given counts of their own. */
export function group(
  participants: number,
  value: number,
  own: Record<string, { counts: number[]; notSure?: number }> = {},
): GroupFigures {
  return {
    checklistId: checklist.id,
    checklistVersion: checklist.version,
    participants,
    actions: actionIds.map((actionId) => {
      const counts = [0, 0, 0, 0, 0];
      counts[value] = participants;
      return { actionId, counts, notSure: 0, ...own[actionId] };
    }),
  };
}

/**
 * Four councils, worked by hand in test/domain/sector.test.ts: A answers 1 everywhere, B 2, C 3, D 4,
 * except on X (A: two 0s and three 1s; B: five 2s; C: four 3s and two Not sure; D: five 0s) and on Y,
 * where every group answers 2.
 */
export const FOUR = [
  group(5, 1, { [X]: { counts: [2, 3, 0, 0, 0] }, [Y]: { counts: [0, 0, 5, 0, 0] } }),
  group(5, 2, { [X]: { counts: [0, 0, 5, 0, 0] }, [Y]: { counts: [0, 0, 5, 0, 0] } }),
  group(6, 3, { [X]: { counts: [0, 0, 0, 4, 0], notSure: 2 }, [Y]: { counts: [0, 0, 6, 0, 0] } }),
  group(5, 4, { [X]: { counts: [5, 0, 0, 0, 0] }, [Y]: { counts: [0, 0, 5, 0, 0] } }),
];
export const DAYS = [
  '2027-03-10T10:00:00.000Z',
  '2027-01-20T10:00:00.000Z',
  '2027-06-01T10:00:00.000Z',
  '2027-02-14T10:00:00.000Z',
];
export const FOUR_SOURCES = FOUR.map((figures, i) => ({ figures, madeAt: DAYS[i]! }));
