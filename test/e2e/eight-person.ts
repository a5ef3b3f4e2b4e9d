import type { AnswerValue } from '../../src/domain/scoring/answers';
import { addResponses } from '../../src/domain/workshop/participants';
import { newWorkshop, type Workshop } from '../../src/domain/workshop/workshop';
import { response } from '../domain/workshop-fixtures';
import { checklist } from './workshop-helpers';

const actionIds = checklist.sections.flatMap((s) => s.actions.map((a) => a.id));

/**
 * A cabinet of eight as they answer in practice: each member at their own level, now and then a point
 * either way, so most actions have someone two points from someone else. Six actions are truly split.
 */
export const SPLIT: Record<string, number[]> = {
  [actionIds[1]!]: [0, 0, 0, 0, 4, 4, 4, 4],
  [actionIds[4]!]: [1, 1, 1, 1, 3, 3, 3, 3],
  [actionIds[8]!]: [0, 0, 1, 3, 3, 3, 3, 3],
  [actionIds[12]!]: [1, 1, 1, 3, 3, 3, 4, 4],
  [actionIds[15]!]: [0, 1, 1, 2, 2, 3, 3, 3],
  [actionIds[18]!]: [0, 0, 2, 2, 2, 4, 4, 4],
};

export function eightPersonWorkshop(): Workshop {
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const levels = [1, 2, 2, 2, 2, 2, 3, 3];
  const nudge = () => {
    const r = next();
    return r < 0.2 ? -1 : r > 0.8 ? 1 : 0;
  };
  const w = newWorkshop(
    { title: 'Cabinet of eight', council: 'Anytown Council', date: '2026-11-02', anonymous: false },
    checklist,
    'w8',
    new Date('2026-11-02T09:00:00Z'),
  );
  const members = levels.map((level, m) => {
    const answers = Object.fromEntries(
      actionIds.map((id): [string, AnswerValue] => [
        id,
        SPLIT[id]?.[m] ?? Math.max(0, Math.min(4, level + nudge())),
      ]),
    );
    return {
      response: response(`e1e1e1e${m}`, `Member ${m + 1}`, answers),
      source: 'file' as const,
      onDuplicate: 'keep-both' as const,
    };
  });
  const added = addResponses(w, members, new Date('2026-11-02T10:00:00Z')).workshop;
  return { ...added, revealed: true };
}
