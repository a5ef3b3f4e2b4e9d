import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupFigures } from '../../src/domain/group/figures';
import { ownVsGroup, summariseCounts } from '../../src/domain/group/ownVsGroup';
import { groupView } from '../../src/domain/group/groupView';
import { actionIds, checklist, scale } from './fixtures';
import {
  EXPERIMENT,
  fiveAnswers,
  fivePersonWorkshop,
  groupContent,
  MONITOR,
  PERSIST,
  PRIORITY,
} from './workshop-fixtures';

const figures = (() => {
  const r = groupFigures(fivePersonWorkshop(), checklist, scale);
  if (!r.ok) throw new Error(r.message);
  return r.value;
})();
const compare = (own: Record<string, number | 'not-sure'>) =>
  ownVsGroup(own, figures, groupContent);

describe('a member against the group (the five-person workshop, worked by hand)', () => {
  it('summarises counts: number, mean, lowest and highest', () => {
    expect(summariseCounts([1, 0, 3, 0, 1])).toEqual({ n: 5, mean: 2, min: 0, max: 4 });
    expect(summariseCounts([0, 0, 3, 2, 0])).toEqual({ n: 5, mean: 2.4, min: 2, max: 3 });
    expect(summariseCounts([0, 0, 0, 0, 0])).toEqual({ n: 0, mean: null, min: null, max: null });
  });

  it('finds where Dee stands apart: "monitor progress", at 0 with everyone else at 2 or 3', () => {
    const dee = compare(fiveAnswers.dee);
    expect(dee.participants).toBe(5);
    expect(
      dee.standApart.map((a) => [a.actionId, a.own, a.others.min, a.others.max, a.apart]),
    ).toEqual([[MONITOR, 0, 2, 3, 2]]);
    // On "experiment" Dee's 2 sits between the others' 0 and 4: not apart.
    const experiment = dee.actions.find((a) => a.actionId === EXPERIMENT)!;
    expect([experiment.others.min, experiment.others.max, experiment.apart]).toEqual([0, 4, 0]);
  });

  it('finds Asha and Ben apart on "experiment", at the two ends', () => {
    expect(compare(fiveAnswers.asha).standApart.map((a) => [a.actionId, a.own, a.apart])).toEqual([
      [EXPERIMENT, 0, 2],
    ]);
    expect(compare(fiveAnswers.ben).standApart.map((a) => [a.actionId, a.own, a.apart])).toEqual([
      [EXPERIMENT, 4, 2],
    ]);
    // Chris, at 2 everywhere, stands apart nowhere.
    expect(compare(fiveAnswers.chris).standApart).toEqual([]);
  });

  it('finds where the group agrees: every action but "experiment" and "monitor progress"', () => {
    const agrees = compare(fiveAnswers.chris).agrees.map((a) => a.actionId);
    expect(agrees).toEqual(actionIds.filter((id) => id !== EXPERIMENT && id !== MONITOR));
    const priority = compare(fiveAnswers.eve).actions.find((a) => a.actionId === PRIORITY)!;
    expect([priority.own, priority.n, priority.mean, priority.notSure]).toEqual([
      'not-sure',
      4,
      2.5,
      1,
    ]);
  });

  it("gives the group's weakest areas as the group results do, with the research", () => {
    const view = groupView(fivePersonWorkshop(), groupContent);
    const mine = compare(fiveAnswers.dee);
    expect(mine.weak.map((w) => [w.actionId, w.mean, w.own])).toEqual([
      [MONITOR, 2, 0],
      [PERSIST, 2, 2],
      [EXPERIMENT, 2, 2],
    ]);
    expect(mine.weak.map((w) => w.actionId)).toEqual(view.weak.map((w) => w.actionId));
    expect(mine.weak.map((w) => w.recommendations)).toEqual(
      view.weak.map((w) => w.recommendations),
    );
    const quoteIds = mine.weak.flatMap((w) => w.quotes.map((q) => q.id));
    expect(new Set(quoteIds).size).toBe(quoteIds.length);
  });

  it('compares with everyone but the member: never apart from a group that answered as they did', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 11 }),
        (own, others) => {
          const counts = [0, 0, 0, 0, 0];
          for (const v of [own, ...others]) counts[v]!++;
          const f = {
            ...figures,
            participants: others.length + 1,
            actions: figures.actions.map((a) => ({ ...a, counts, notSure: 0 })),
          };
          const result = ownVsGroup({ [actionIds[0]!]: own }, f, groupContent).actions[0]!;
          const nearest = Math.min(...others.map((v) => Math.abs(v - own)));
          const inside = own >= Math.min(...others) && own <= Math.max(...others);
          expect(result.apart).toBe(inside ? 0 : nearest);
          expect(result.others.n).toBe(others.length);
        },
      ),
    );
  });
});
