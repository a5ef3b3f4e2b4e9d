import { describe, expect, it } from 'vitest';
import { aggregateGroup } from '../../src/domain/group/aggregate';
import { answersBySection, checklist, everyAction, scale } from './fixtures';

// Worked by hand:
//   P1 every action 4            -> every section 100, overall 100
//   P2 every action 2            -> every section 50, overall 50
//   P3 climate "not sure", else 0 -> climate no score, others 0, overall 0
//   climate: mean(100, 50) = 75 over 2 people; other sections mean(100, 50, 0) = 50; overall 50
const p3 = { ...everyAction(0), ...answersBySection(Array(6).fill('not-sure')) };
const group = aggregateGroup(checklist, scale, [
  { id: 'p1', answers: everyAction(4) },
  { id: 'p2', answers: everyAction(2) },
  { id: 'p3', answers: p3 },
]);

describe('aggregateGroup', () => {
  it('gives per-action n, mean, median, min, max, counts and spread', () => {
    const creativity = group.actions[0]!;
    expect(creativity).toMatchObject({
      actionId: 'climate.encourage-creativity',
      n: 2,
      notSure: 1,
      unanswered: 0,
      mean: 3,
      median: 3,
      min: 2,
      max: 4,
      counts: [0, 0, 1, 0, 1],
      spread: 2,
      disagreement: true,
      score: 75,
      gap: 25,
    });
    const united = group.actions[6]!;
    expect(united).toMatchObject({
      n: 3,
      mean: 2,
      median: 2,
      min: 0,
      max: 4,
      counts: [1, 0, 1, 0, 1],
      spread: 4,
      score: 50,
    });
  });

  it('gives group section and overall scores from the per-person scores', () => {
    expect(group.sections.map((s) => [s.sectionId, s.score, s.n, s.min, s.max])).toEqual([
      ['climate', 75, 2, 50, 100],
      ['leading', 50, 3, 0, 100],
      ['ambitions', 50, 3, 0, 100],
      ['delivery', 50, 3, 0, 100],
    ]);
    expect(group.overall).toMatchObject({ score: 50, gap: 50, n: 3, min: 0, max: 100 });
  });

  it('flags disagreement at a spread of 2 scale points, not 1', () => {
    const g = aggregateGroup(checklist, scale, [
      {
        id: 'a',
        answers: { 'climate.encourage-creativity': 1, 'climate.invite-external-challenge': 1 },
      },
      {
        id: 'b',
        answers: { 'climate.encourage-creativity': 2, 'climate.invite-external-challenge': 3 },
      },
      { id: 'c', answers: { 'climate.encourage-creativity': 2 } },
    ]);
    expect(g.actions[0]).toMatchObject({
      spread: 1,
      disagreement: false,
      median: 2,
      unanswered: 0,
    });
    expect(g.actions[1]).toMatchObject({ spread: 2, disagreement: true, median: 2, unanswered: 1 });
    expect(g.disagreements.map((a) => a.actionId)).toEqual(['climate.invite-external-challenge']);
  });

  it('orders disagreements by spread, then leaflet order', () => {
    const g = aggregateGroup(checklist, scale, [
      { id: 'a', answers: { 'climate.encourage-creativity': 0, 'delivery.persist': 0 } },
      { id: 'b', answers: { 'climate.encourage-creativity': 2, 'delivery.persist': 4 } },
    ]);
    expect(g.disagreements.map((a) => [a.actionId, a.spread])).toEqual([
      ['delivery.persist', 4],
      ['climate.encourage-creativity', 2],
    ]);
  });

  it('handles nobody at all', () => {
    const g = aggregateGroup(checklist, scale, []);
    expect(g.participants).toBe(0);
    expect(g.overall.score).toBeNull();
    expect(g.actions[0]).toMatchObject({
      n: 0,
      mean: null,
      median: null,
      spread: null,
      disagreement: false,
    });
  });
});
