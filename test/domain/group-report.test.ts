import { describe, expect, it } from 'vitest';
import { groupReport } from '../../src/domain/group/groupReport';
import { slidesFor } from '../../src/domain/group/slides';
import { groupWeakest } from '../../src/domain/group/groupView';
import { earlierWorkshop, linkEarlier } from '../../src/domain/workshop/linkEarlier';
import type { Workshop } from '../../src/domain/workshop/workshop';
import { checklist, scale } from './fixtures';
import {
  answersWith,
  emptyWorkshop,
  EXPERIMENT,
  fivePersonWorkshop,
  groupContent,
  MONITOR,
  PERSIST,
  response,
  withResponses,
} from './workshop-fixtures';

// The one report every group page reads (issue 23): worked by hand from workshop-fixtures.ts.
const LATER = new Date('2027-05-10T09:00:00.000Z');
const two = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

const first: Workshop = {
  ...fivePersonWorkshop(),
  plan: [
    { actionId: MONITOR, what: 'Monthly dashboard', who: 'Leader', byWhen: null, measure: '' },
  ],
};

/** Three members months later: 3 3 2 on most actions, "monitor" 3 4 2, "experiment" 3 3 1. */
function linkedLater(): Workshop {
  const later = withResponses(
    { ...emptyWorkshop(true), id: 'w2', title: 'Cabinet away day, May' },
    [answersWith(3), answersWith(3, { [MONITOR]: 4 }), answersWith(2, { [EXPERIMENT]: 1 })].map(
      (a, i) => response(`later-${i}`, '', a),
    ),
    LATER,
  );
  const earlier = earlierWorkshop(first, checklist, scale);
  if (!earlier.ok) throw new Error(earlier.message);
  const linked = linkEarlier(later, earlier.value, LATER);
  if (!linked.ok) throw new Error(linked.message);
  return linked.value;
}

describe('the group report', () => {
  it('names who answered and has nothing since when there is no earlier workshop', () => {
    const report = groupReport(groupContent, first);
    expect(report.people).toEqual(['Asha', 'Ben', 'Chris', 'Dee', 'Eve']);
    expect(report.since).toBeNull();
    expect(report.workshop).toBe(first);
    // Overall per person 70.625, 74.79, 50, 47.5, 50 → 58.58; sections 58.33, 60, 60, 56.
    expect(two(report.group.overall.score)).toBe(58.58);
    expect(report.group.sections.map((s) => two(s.score))).toEqual([58.33, 60, 60, 56]);
    // "experiment" 0 4 2 2 2 and "monitor" 3 3 2 0 2: one member apart in five is never a split.
    expect(report.disagreements).toEqual([]);
    expect(report.splitCount).toBe(0);
  });

  it("gives the group plan the weakest areas' actions without the research", () => {
    // Group score 50 or below ("to some extent"): experiment, monitor and persist, each mean 2.
    const weakest = groupWeakest(first, { checklist, scale, findings: groupContent.findings });
    expect([...weakest].sort()).toEqual([EXPERIMENT, MONITOR, PERSIST].sort());
    expect(weakest).toEqual(groupReport(groupContent, first).weak.map((w) => w.actionId));
  });

  it('shows anonymous members by number only', () => {
    const report = groupReport(groupContent, fivePersonWorkshop(true));
    expect(report.people).toEqual([1, 2, 3, 4, 5].map((n) => `Participant ${n}`));
  });

  it('carries the change since the earlier workshop, with the exact means behind each top move', () => {
    const { since } = groupReport(groupContent, linkedLater());
    expect(since!.earlier.title).toBe('Cabinet away day');
    expect(since!.participants).toEqual({ before: 5, after: 3 });
    expect([two(since!.overall.before), two(since!.overall.after)]).toEqual([58.58, 66.74]);
    // monitor 2.0 → 3.0, persist 2.0 → 2.67, then the first action 2.4 → 2.67 (largest move first).
    expect(since!.topMoveMeans.map((m) => [m.actionId, two(m.then), two(m.now)])).toEqual([
      [MONITOR, 2, 3],
      [PERSIST, 2, 2.67],
      ['climate.encourage-creativity', 2.4, 2.67],
    ]);
    expect(since!.commitments.map((c) => [c.actionId, c.outcome, c.before, c.after])).toEqual([
      [MONITOR, null, 2, 3],
    ]);
  });
});

/** Five members, two on 0 and two on 4 for "experiment" (a split: two camps of two, 4 apart). */
const splitOnExperiment = (): Workshop => ({
  ...withResponses(
    emptyWorkshop(),
    [0, 0, 4, 4, 2].map((v, i) =>
      response(`split-${i}`, `M${i}`, answersWith(2, { [EXPERIMENT]: v })),
    ),
  ),
  plan: first.plan,
});

describe('the slides of a group report', () => {
  it('runs title, overview, a section a screen, the splits, behaviours, weakest areas, plan', () => {
    const slides = slidesFor(groupReport(groupContent, splitOnExperiment()));
    expect(slides.map((s) => s.kind)).toEqual([
      'title',
      'overview',
      'section',
      'section',
      'section',
      'section',
      'prompt',
      'behaviours',
      'weak',
      'plan',
    ]);
    const title = slides[0] as Extract<(typeof slides)[number], { kind: 'title' }>;
    expect(title).toMatchObject({
      title: 'Cabinet away day',
      council: 'Anytown Council',
      date: '2026-11-02',
      participants: 5,
      splitCount: 1,
      shownSplits: 1,
    });
    const climate = slides[2] as Extract<(typeof slides)[number], { kind: 'section' }>;
    // The climate's six actions in leaflet order: all 2 → 50; "experiment" 0 0 4 4 2 → mean 2 → 50.
    expect(climate).toMatchObject({ index: 0, of: 4, sectionId: 'climate' });
    expect(climate.actions.map((a) => [a.score, a.disagreement])).toEqual([
      [50, false],
      [50, false],
      [50, false],
      [50, false],
      [50, true],
      [50, false],
    ]);
    const prompt = slides[6] as Extract<(typeof slides)[number], { kind: 'prompt' }>;
    expect([prompt.index, prompt.of, prompt.action.actionId]).toEqual([0, 1, EXPERIMENT]);
    expect(slides.at(-1)).toEqual({ kind: 'plan', plan: first.plan });
  });

  it('puts "since" third when the workshop is compared with an earlier one', () => {
    const report = groupReport(groupContent, linkedLater());
    const slides = slidesFor(report);
    expect(slides.slice(0, 3).map((s) => s.kind)).toEqual(['title', 'overview', 'since']);
    expect(slides[2]).toEqual({ kind: 'since', since: report.since });
  });
});
