import { describe, expect, it } from 'vitest';
import { findingStandings } from '../../src/domain/scoring/findings';
import { strengths, weakAreas } from '../../src/domain/scoring/priorities';
import { scoreAssessment } from '../../src/domain/scoring/score';
import { answersBySection, checklist, everyAction, findings, scale } from './fixtures';

// Worked by hand:
//   climate   4 3 2 1 0 ?  -> 100 75 50 25 0, mean 50, one "not sure"
//   leading   2 2 2 2 2    -> 50
//   ambitions (none)       -> no score
//   delivery  4 4 4 4 3    -> (400 + 75) / 5 = 95
//   overall = mean(50, 50, 95) = 65; coverage = 2 + 5 = 7 of 20
const mixed = answersBySection([4, 3, 2, 1, 0, 'not-sure'], [2, 2, 2, 2, 2], [], [4, 4, 4, 4, 3]);

describe('scoreAssessment', () => {
  const result = scoreAssessment(checklist, scale, mixed);

  it('scores actions as value / 4 × 100, and gives "not sure" and unanswered no score', () => {
    expect(result.actions.slice(0, 6).map((a) => a.score)).toEqual([100, 75, 50, 25, 0, null]);
    expect(result.actions.slice(0, 6).map((a) => a.gap)).toEqual([0, 25, 50, 75, 100, null]);
    expect(result.actions[5]!.status).toBe('not-sure');
    expect(result.actions[11]!.status).toBe('unanswered');
  });

  it('scores sections as the mean of answered actions, and a section with none answered as no score', () => {
    expect(result.sections.map((s) => s.score)).toEqual([50, 50, null, 95]);
    expect(result.sections.map((s) => [s.answered, s.notSure, s.unanswered])).toEqual([
      [5, 1, 0],
      [5, 0, 0],
      [0, 0, 4],
      [5, 0, 0],
    ]);
  });

  it('scores overall as the mean of section scores, sections weighing the same', () => {
    expect(result.overall).toBe(65);
    expect(result.overallGap).toBe(35);
    expect(result.notSure).toBe(1);
    expect(result.unanswered).toBe(4);
  });

  it('counts coverage as actions at 3 or 4', () => {
    expect(result.coverage).toBe(7);
    expect(result.total).toBe(20);
  });

  it('weights sections equally, not actions', () => {
    // climate all 4 (100), the rest all 0: section-weighted 25, action-weighted would be 30.
    const r = scoreAssessment(
      checklist,
      scale,
      answersBySection([4, 4, 4, 4, 4, 4], [0, 0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0, 0]),
    );
    expect(r.overall).toBe(25);
  });

  it('counts 20 of 20 covered only when every action is at 3 or 4', () => {
    expect(scoreAssessment(checklist, scale, everyAction(3)).coverage).toBe(20);
    expect(
      scoreAssessment(checklist, scale, { ...everyAction(4), 'delivery.persist': 2 }).coverage,
    ).toBe(19);
    // the result carries no "comprehensive" verdict: the sources give no number for it
    expect(Object.keys(scoreAssessment(checklist, scale, everyAction(3)))).not.toContain(
      'comprehensive',
    );
  });

  it('has no overall score when nothing is answered', () => {
    const r = scoreAssessment(checklist, scale, {});
    expect(r.overall).toBeNull();
    expect(r.sections.every((s) => s.score === null)).toBe(true);
    expect(r.coverage).toBe(0);
  });
});

describe('weak areas and strengths', () => {
  const result = scoreAssessment(checklist, scale, mixed);

  it('orders weak areas by gap, then leaflet order', () => {
    expect(
      weakAreas(result.actions, findings, 4)
        .slice(0, 5)
        .map((a) => a.actionId),
    ).toEqual([
      'climate.experiment-and-learn',
      'climate.take-calculated-risks',
      'climate.look-for-fresh-ideas',
      'leading.united-leadership',
      'leading.communicate-the-need',
    ]);
    expect(weakAreas(result.actions, findings, 4)).toHaveLength(8);
  });

  it('puts an action a key finding names ahead of an equal gap earlier in the leaflet', () => {
    const r = scoreAssessment(checklist, scale, {
      'climate.encourage-creativity': 1,
      'leading.listen-to-others': 1,
      'delivery.persist': 1,
      'ambitions.select-priority-areas': 1,
      'delivery.devote-resources': 0,
      'climate.celebrate-achievements': 3,
    });
    expect(weakAreas(r.actions, findings, 4).map((a) => a.actionId)).toEqual([
      'delivery.devote-resources',
      'ambitions.select-priority-areas',
      'delivery.persist',
      'climate.encourage-creativity',
      'leading.listen-to-others',
    ]);
  });

  it('leaves "not sure" and unanswered out of weak areas', () => {
    const r = scoreAssessment(checklist, scale, { 'climate.encourage-creativity': 'not-sure' });
    expect(weakAreas(r.actions, findings, 4)).toEqual([]);
  });

  it('lists strengths at 4 first, then 3, in leaflet order', () => {
    expect(strengths(result.actions, 4).map((a) => a.actionId)).toEqual([
      'climate.encourage-creativity',
      'delivery.devote-resources',
      'delivery.space-to-test',
      'delivery.involve-stakeholders',
      'delivery.monitor-progress',
      'climate.invite-external-challenge',
      'delivery.persist',
    ]);
  });
});

describe('findingStandings', () => {
  it('gives each area for further action the mean score of its actions, or none', () => {
    const result = scoreAssessment(checklist, scale, mixed);
    expect(
      findingStandings(result.actions, findings).map((f) => [f.findingId, f.score, f.gap]),
    ).toEqual([
      ['priority-areas', null, null],
      ['time-and-resources', 100, 0],
      ['involve-employees-and-residents', 100, 0],
      ['track-progress', 100, 0],
      ['persist-intelligently', 75, 25],
    ]);
  });

  it('averages an area over more than one action', () => {
    const twoActions = {
      ...findings,
      furtherAction: {
        ...findings.furtherAction,
        areas: [
          {
            id: 'both',
            text: 'both',
            actionIds: ['climate.encourage-creativity', 'climate.invite-external-challenge'],
          },
        ],
      },
    };
    const r = scoreAssessment(checklist, scale, {
      'climate.encourage-creativity': 4,
      'climate.invite-external-challenge': 1,
    });
    expect(findingStandings(r.actions, twoActions)[0]).toMatchObject({
      score: 62.5,
      gap: 37.5,
      answered: 2,
    });
  });
});
