// @vitest-environment node
import { bench, describe } from 'vitest';
import type { AnswerValue } from '../../src/domain/scoring/answers';
import { aggregateGroup } from '../../src/domain/group/aggregate';
import { actionIds, checklist, scale } from '../domain/fixtures';

// Deterministic pseudo-random answers, so every run measures the same work.
let seed = 42;
const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const participants = Array.from({ length: 1000 }, (_, i) => ({
  id: `p${i}`,
  answers: Object.fromEntries(
    actionIds.map((id): [string, AnswerValue] => [
      id,
      next() < 0.05 ? 'not-sure' : Math.floor(next() * 5),
    ]),
  ),
}));

describe('group aggregation (budget: mean under 5 ms)', () => {
  bench('1,000 participants × 20 actions', () => {
    aggregateGroup(checklist, scale, participants);
  });
});
