import { describe, expect, it } from 'vitest';
import { groupScores } from '../../src/domain/sector/groupScores';
import { sectorFigures } from '../../src/domain/sector/sectorFigures';
import { sectorView } from '../../src/domain/sector/sectorView';
import { quarterInWords, quartersInWords, standAgainst } from '../../src/domain/sector/standing';
import { groupContent } from './workshop-fixtures';
import { checklist, scale } from './fixtures';
import { FOUR, FOUR_SOURCES, X, Y } from './sector-fixtures';

const figures = sectorFigures(FOUR_SOURCES, checklist, scale);
const view = sectorView(figures, groupContent);
const action = (id: string) => view.actions.find((a) => a.actionId === id)!;
const OTHER = 'leading.united-leadership';

describe('the sector picture of four councils, worked by hand', () => {
  it('counts the groups and participants and gives the date range', () => {
    expect(figures.groups).toBe(4);
    expect(figures.participants).toBe(21); // 5 + 5 + 6 + 5
    expect([figures.from, figures.to]).toEqual(['2027-01-20', '2027-06-01']);
  });

  it('pools every participant’s answers on an action', () => {
    // X: 0s 2 + 5, 1s 3, 2s 5, 3s 4; sum 3 + 10 + 12 = 25 over 19 answers = 1.3158 → 32.89
    expect(action(X).counts).toEqual([7, 3, 5, 4, 0]);
    expect(action(X).notSure).toBe(2);
    expect(action(X).score).toBeCloseTo((25 / 19 / 4) * 100, 10);
    // Any other action: 5 × 1 + 5 × 2 + 6 × 3 + 5 × 4 = 53 over 21 answers → 63.10
    expect(action(OTHER).counts).toEqual([0, 5, 5, 6, 5]);
    expect(action(OTHER).score).toBeCloseTo((53 / 21 / 4) * 100, 10);
  });

  it('gives the median group and the lowest and highest group on each action', () => {
    // X's group scores 15, 50, 75, 0 → sorted 0, 15, 50, 75; median (15 + 50) / 2
    expect(action(X).groups).toEqual({ n: 4, min: 0, q1: 11.25, median: 32.5, q3: 56.25, max: 75 });
    expect(action(X).spread).toBe(75);
    expect(action(OTHER).groups).toEqual({
      n: 4,
      min: 25,
      q1: 43.75,
      median: 62.5,
      q3: 81.25,
      max: 100,
    });
    expect(action(Y).spread).toBe(0);
  });

  it('scores a group’s section as the mean of its action scores', () => {
    // Climate, six actions: A (15 + 50 + 4 × 25) / 6 = 27.5; B 50; C (75 + 50 + 300) / 6; D 450 / 6 = 75
    const climate = view.sections.find((s) => s.sectionId === 'climate')!;
    expect(climate.groups.min).toBe(27.5);
    expect(climate.groups.median).toBeCloseTo((50 + 425 / 6) / 2, 10);
    expect(climate.groups.max).toBe(75);
    // The pooled section score: the mean of the section's six pooled action scores
    expect(climate.score).toBeCloseTo(
      ((25 / 19 / 4) * 100 + 50 + 4 * ((53 / 21 / 4) * 100)) / 6,
      10,
    );
    expect(groupScores(FOUR[0]!, checklist).overall).toBeCloseTo((27.5 + 25 * 3) / 4, 10);
  });

  it('names the section whose median group scores lowest, for the chart of the sections', () => {
    // Climate's median group (50 + 70.83) / 2 = 60.4; every other section's (50 + 75) / 2 = 62.5.
    expect(view.lowestSection?.sectionId).toBe('climate');
    expect(view.sections.map((s) => s.groups.median)).toEqual([
      (50 + 425 / 6) / 2,
      62.5,
      62.5,
      62.5,
    ]);
  });

  it('names the weakest actions, where councils differ most and where they agree', () => {
    expect(view.weak.map((w) => w.actionId)).toEqual([X, Y]);
    // Spread 75 on X and on every action but Y; ties in leaflet order
    expect(view.differ.map((a) => a.actionId)).toEqual([
      X,
      'climate.look-for-fresh-ideas',
      'climate.take-calculated-risks',
    ]);
    expect(view.agree.map((a) => a.actionId)).toEqual([Y]);
  });

  it('says where one group stands among the groups, in words', () => {
    const standing = standAgainst(groupScores(FOUR[0]!, checklist), view);
    // Overall scores 25.625, 50, 73.96, 93.75: the lower quarter starts below 43.91
    expect(standing.overall.quarter).toBe('lower');
    expect(quarterInWords(standing.overall.quarter, standing.groups)).toBe(
      'in the lower quarter of the 4 groups',
    );
    // On X, A's 15 is above the 25th percentile (11.25): the middle half
    expect(standing.actions.find((a) => a.id === X)!.quarter).toBe('middle');
    expect(standAgainst(groupScores(FOUR[3]!, checklist), view).overall.quarter).toBe('upper');
  });

  it('counts a section’s actions by where they stand, by the same rule', () => {
    const standing = standAgainst(groupScores(FOUR[0]!, checklist), view);
    const of = (section: string) => standing.actions.filter((a) => a.id.startsWith(`${section}.`));
    // Climate: A's X (15, above 11.25) and Y (50, every group's) in the middle half; its 25 on the
    // other four below their 25th percentile (43.75)
    expect(quartersInWords(of('climate'), 4)).toBe(
      '4 in the lower quarter of the 4 groups and 2 in the middle half',
    );
    expect(quartersInWords(of('leading'), 4)).toBe('all 5 in the lower quarter of the 4 groups');
    // D answers 4 everywhere but X (0, the lowest) and Y (50, every group's)
    const d = standAgainst(groupScores(FOUR[3]!, checklist), view);
    expect(
      quartersInWords(
        d.actions.filter((a) => a.id.startsWith('climate.')),
        4,
      ),
    ).toBe(
      '1 in the lower quarter of the 4 groups, 1 in the middle half and 4 in the upper quarter',
    );
    expect(quartersInWords([{ ...of('leading')[0]!, quarter: null }], 4)).toBe(
      '1 with no score to compare',
    );
  });

  it('gives the same figures whatever order the groups were added in', () => {
    const reversed = sectorFigures([...FOUR_SOURCES].reverse(), checklist, scale);
    expect(reversed).toEqual(figures);
  });
});
