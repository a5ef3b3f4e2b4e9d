import { describe, expect, it } from 'vitest';
import { behaviourStandings } from '../../src/domain/scoring/findings';
import { examplesFor, recommendationsFor } from '../../src/domain/scoring/links';
import { largeExtentLine } from '../../src/domain/scoring/reference';
import { scoreAssessment } from '../../src/domain/scoring/score';
import { taggedFor } from '../../src/domain/scoring/tags';
import { paragraphsFor } from '../../src/domain/scoring/paragraphs';
import { listItemText } from '../../src/domain/display';
import { researchContent } from '../../src/domain/content/research';
import { answersBySection, checklist, findings, scale } from './fixtures';

const { recommendations, examples } = researchContent;
const idsOf = (items: { id: string }[]) => items.map((i) => i.id);

describe('taggedFor', () => {
  const items = [
    { id: 'a', tags: [{ actionId: 'x', rank: 2 }] },
    { id: 'b', tags: [{ actionId: 'y', rank: 1 }] },
    {
      id: 'c',
      tags: [
        { actionId: 'x', rank: 1 },
        { actionId: 'y', rank: 2 },
      ],
    },
  ];
  it('keeps only items tagged with the action, lowest rank first whatever the file order', () => {
    expect(idsOf(taggedFor('x', items))).toEqual(['c', 'a']);
    expect(idsOf(taggedFor('y', items))).toEqual(['b', 'c']);
    expect(taggedFor('z', items)).toEqual([]);
  });
});

describe('recommendations and examples for an action', () => {
  it('puts the most direct recommendation first, not the first in R order', () => {
    // R8 (silos) is the most direct for working cross council; R6 second; R14 is tagged with nothing
    expect(idsOf(recommendationsFor('leading.work-cross-council', recommendations.items))).toEqual([
      'R8',
      'R6',
    ]);
    expect(
      idsOf(recommendationsFor('delivery.involve-stakeholders', recommendations.items)),
    ).toEqual(['R10', 'R5']);
    // Issue 22: R2 ("countenance innovative approaches") has no testing in it; it speaks to boldness.
    // R11 asks to involve members, not to communicate to residents, employees or partners.
    expect(recommendationsFor('delivery.space-to-test', recommendations.items)).toEqual([]);
    expect(idsOf(recommendationsFor('leading.move-forward-boldly', recommendations.items))).toEqual(
      ['R2'],
    );
    expect(recommendationsFor('leading.communicate-the-need', recommendations.items)).toEqual([]);
    expect(idsOf(recommendationsFor('leading.united-leadership', recommendations.items))).toEqual([
      'R11',
    ]);
    expect(recommendationsFor('delivery.persist', recommendations.items)).toEqual([]);
  });

  it('gives only tagged examples, most direct first, and none where none is tagged', () => {
    // Cornwall withdrew from the programme: never above Wigan, which speaks to the action directly
    expect(idsOf(examplesFor('delivery.involve-stakeholders', examples.items))).toEqual([
      'creative-councils-wigan',
      'creative-councils-cornwall',
    ]);
    // Surrey's own "trialling new technology" before the piloting by Rotherham's spun-out enterprise
    expect(idsOf(examplesFor('delivery.space-to-test', examples.items))).toEqual([
      'innovation-zone-surrey',
      'creative-councils-rotherham',
    ]);
    expect(idsOf(examplesFor('climate.experiment-and-learn', examples.items))).toEqual([
      'innovation-zone-surrey',
    ]);
    expect(examplesFor('ambitions.select-priority-areas', examples.items)).toEqual([]);
    expect(examplesFor('delivery.monitor-progress', examples.items)).toEqual([]);
  });
});

describe('behaviourStandings', () => {
  // Worked by hand: climate 4 3 2 1 0 ?, leading 2 2 2 2 2, ambitions 3 3 ? ?, delivery 4 4 4 4 3
  //   agree ambitions (the whole ambitions section): long-term 75, understand 75, select and
  //   attainable not sure -> 75 (2 answered)
  //   earmark resources: devote 100; climate (the whole climate section): 100 75 50 25 0 ? -> 50 (5)
  //   bold, united: united 50, bold 50 -> 50; communicate 50; involve 100; persist 75
  const result = scoreAssessment(
    checklist,
    scale,
    answersBySection(
      [4, 3, 2, 1, 0, 'not-sure'],
      [2, 2, 2, 2, 2],
      [3, 3, 'not-sure', 'not-sure'],
      [4, 4, 4, 4, 3],
    ),
  );
  it("gives each of para 16's seven behaviours the mean of its actions", () => {
    expect(
      behaviourStandings(result.actions, findings).map((s) => [
        s.findingId,
        s.score,
        s.gap,
        s.answered,
      ]),
    ).toEqual([
      ['agree-ambitions', 75, 25, 2],
      ['earmark-resources', 100, 0, 1],
      ['create-climate', 50, 50, 5],
      ['united-leadership', 50, 50, 2],
      ['communicate-reasons', 50, 50, 1],
      ['involve-stakeholders', 100, 0, 1],
      ['persist', 75, 25, 1],
    ]);
  });

  it('has no score, not zero, for a behaviour with no answered action', () => {
    const none = scoreAssessment(checklist, scale, { 'delivery.persist': 'not-sure' });
    expect(behaviourStandings(none.actions, findings).at(-1)).toMatchObject({
      score: null,
      gap: null,
      answered: 0,
    });
  });
});

describe('largeExtentLine', () => {
  it("is the scale's own point, 'To a large extent' on every action, at 75", () => {
    expect(largeExtentLine(scale)).toEqual({
      score: 75,
      name: "'To a large extent' on every action (75)",
    });
  });
});

describe('paragraphsFor', () => {
  it('gives para 18 beside "Select the priority areas", para 17 beside fresh ideas, and nothing elsewhere', () => {
    const para18 = paragraphsFor('ambitions.select-priority-areas', findings);
    expect(para18).toHaveLength(1);
    expect(para18[0]!.text).toMatch(/^There appeared to be scope for Council Leaders/);
    expect(para18[0]!.citation).toBe(
      'Creative Councils update (Local Government Association, 2013), paragraph 18',
    );
    expect(paragraphsFor('climate.look-for-fresh-ideas', findings)[0]!.citation).toMatch(
      /paragraph 17$/,
    );
    expect(paragraphsFor('delivery.persist', findings)).toEqual([]);
  });
});

describe('listItemText', () => {
  it("drops a list's own punctuation, and only that", () => {
    expect(listItemText('Earmark resources to achieve these ambitions;')).toBe(
      'Earmark resources to achieve these ambitions',
    );
    expect(listItemText('Involve key stakeholders (such as residents); and')).toBe(
      'Involve key stakeholders (such as residents)',
    );
    expect(listItemText('Persist, despite many barriers, until innovations are achieved.')).toBe(
      'Persist, despite many barriers, until innovations are achieved',
    );
    expect(listItemText('agree the priority areas')).toBe('agree the priority areas');
  });
});
