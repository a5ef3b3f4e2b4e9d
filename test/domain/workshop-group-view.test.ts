import { describe, expect, it } from 'vitest';
import { formatScore } from '../../src/domain/display';
import { groupView } from '../../src/domain/group/groupView';
import {
  actionIds,
  emptyWorkshop,
  EXPERIMENT,
  fivePersonWorkshop,
  groupContent,
  MONITOR,
  NOW,
  PERSIST,
  PRIORITY,
  response,
  withResponses,
} from './workshop-fixtures';

// The hand-worked figures are in workshop-fixtures.ts.
function splitWorkshop() {
  const answersFor = (member: number) =>
    Object.fromEntries(
      actionIds
        .slice(0, 7)
        .map((id, i) => [id, (i === 3 ? [0, 0, 3, 3, 3] : [0, 0, 4, 4, 2])[member]!]),
    );
  return withResponses(
    emptyWorkshop(),
    [0, 1, 2, 3, 4].map((m) => response(`5p1170${m}`, `Member ${m + 1}`, answersFor(m))),
    NOW,
  );
}

const view = groupView(fivePersonWorkshop(), groupContent);
const round = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

describe('group view of the five-person workshop', () => {
  it('gives the section means with the lowest and highest participant', () => {
    expect(
      view.group.sections.map((s) => [s.sectionId, round(s.score), round(s.min), round(s.max)]),
    ).toEqual([
      ['climate', 58.33, 50, 79.17],
      ['leading', 60, 50, 75],
      ['ambitions', 60, 50, 75],
      ['delivery', 56, 40, 70],
    ]);
    expect(
      [view.group.overall.score, view.group.overall.min, view.group.overall.max].map(formatScore),
    ).toEqual(['59', '48', '75']);
  });

  it('finds no split among five where one or two members see an action differently', () => {
    // experiment 0 4 2 2 2: one member either side of the middle three, two points away; monitor
    // 3 3 2 0 2: one member two points below the median. A split needs two members a side in five.
    expect(view.disagreements).toEqual([]);
    expect(view.splitCount).toBe(0);
    expect(view.outliers.map((a) => [a.actionId, a.outliers, a.spread])).toEqual([
      [EXPERIMENT, 2, 4],
      [MONITOR, 1, 3],
    ]);
  });

  it('leads with at most five split actions, most split first, each with a quote', () => {
    // Seven split actions: the first seven get answers 0 0 4 4 2 (2.4 points apart on average), except the
    // fourth, 0 0 3 3 3 (1.8); five members, so two a side is a quarter.
    const split = groupView(splitWorkshop(), groupContent);
    expect(split.splitCount).toBe(7);
    expect(split.disagreements).toHaveLength(5);
    expect(split.disagreements.map((d) => [d.order, d.split])).toEqual([
      [0, 2.4],
      [1, 2.4],
      [2, 2.4],
      [4, 2.4],
      [5, 2.4],
    ]);
    const quoteIds = split.disagreements.flatMap((d) => (d.quote ? [d.quote.id] : []));
    expect(new Set(quoteIds).size).toBe(quoteIds.length);
  });

  it('puts the weakest areas by gap, then the ones the research names, then leaflet order', () => {
    expect(view.weak.map((w) => [w.actionId, w.score])).toEqual([
      [MONITOR, 50],
      [PERSIST, 50],
      [EXPERIMENT, 50],
    ]);
    // No quote is shown twice on the page.
    const ids = [
      ...view.disagreements.map((d) => d.quote?.id),
      ...view.weak.flatMap((w) => w.quotes.map((q) => q.id)),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sorts every action by group gap and shows each participant on it', () => {
    expect(view.byGap.slice(0, 3).map((a) => a.actionId)).toEqual([EXPERIMENT, MONITOR, PERSIST]);
    expect(view.byGap).toHaveLength(20);
    const priority = view.byGap.find((a) => a.actionId === PRIORITY)!;
    expect(priority).toMatchObject({ n: 4, notSure: 1, mean: 2.5, score: 62.5 });
    expect(view.byGap.at(-1)!.actionId).toBe(PRIORITY); // smallest gap
    expect(view.byGap[0]!.answers).toEqual([
      { label: 'Asha', answer: 0 },
      { label: 'Ben', answer: 4 },
      { label: 'Chris', answer: 2 },
      { label: 'Dee', answer: 2 },
      { label: 'Eve', answer: 2 },
    ]);
  });

  it('gives the standing on the five research areas from the group scores', () => {
    expect(view.standings.map((s) => [s.findingId, s.score])).toEqual([
      ['priority-areas', 62.5],
      ['time-and-resources', 60],
      ['involve-employees-and-residents', 60],
      ['track-progress', 50],
      ['persist-intelligently', 50],
    ]);
  });

  it('uses only "Participant n" labels when anonymous', () => {
    const anon = groupView(fivePersonWorkshop(true), groupContent);
    expect(anon.byGap[0]!.answers.map((a) => a.label)).toEqual([
      'Participant 1',
      'Participant 2',
      'Participant 3',
      'Participant 4',
      'Participant 5',
    ]);
  });
});
