import { describe, expect, it } from 'vitest';
import {
  addNames,
  addResponses,
  findDuplicates,
  finishTurn,
  removeParticipant,
} from '../../src/domain/workshop/participants';
import { participantLabel, respondents } from '../../src/domain/workshop/workshop';
import { answersWith, emptyWorkshop, fivePersonWorkshop, NOW, response } from './workshop-fixtures';

describe('workshop participants', () => {
  it('lists named participants once each, still to answer', () => {
    const w = addNames(emptyWorkshop(), ['Asha', ' ', 'Ben', 'asha '], NOW);
    expect(w.participants).toEqual([
      { number: 1, name: 'Asha', response: null },
      { number: 2, name: 'Ben', response: null },
    ]);
  });

  it('fills a listed participant at the end of their turn, or adds someone new', () => {
    let w = addNames(emptyWorkshop(), ['Asha'], NOW);
    w = finishTurn(w, { number: 1 }, { 'delivery.persist': 4 }, {}, 'r1', NOW);
    w = finishTurn(w, { name: 'Guest' }, { 'delivery.persist': 1 }, {}, 'r2', NOW);
    expect(
      w.participants.map((p) => [p.number, p.name, p.response?.source, p.response?.responseId]),
    ).toEqual([
      [1, 'Asha', 'this-device', 'r1'],
      [2, 'Guest', 'this-device', 'r2'],
    ]);
  });

  it('labels participants by name, or "Participant n" when anonymous or unnamed', () => {
    const w = fivePersonWorkshop();
    expect(w.participants.map((p) => participantLabel(w, p))).toEqual([
      'Asha',
      'Ben',
      'Chris',
      'Dee',
      'Eve',
    ]);
    const anon = { ...w, anonymous: true };
    expect(anon.participants.map((p) => participantLabel(anon, p))).toEqual([
      'Participant 1',
      'Participant 2',
      'Participant 3',
      'Participant 4',
      'Participant 5',
    ]);
  });

  it('never stores the names that files carry when the workshop is anonymous', () => {
    const w = fivePersonWorkshop(true);
    expect(w.participants.map((p) => p.name)).toEqual(['Asha', 'Ben', '', '', '']);
    const turn = finishTurn(w, { name: 'Fay' }, {}, {}, 'r', NOW);
    expect(turn.participants.at(-1)!.name).toBe('');
  });

  it('finds responses already in, and repeats within one batch', () => {
    const w = fivePersonWorkshop();
    const again = [
      response('new1', '', {}),
      response('c0ffee02', 'Dee', {}),
      response('new1', '', {}),
    ];
    expect(findDuplicates(w, again)).toEqual([1, 2]);
  });

  it('replaces the answers already in, or keeps both, as the facilitator chooses', () => {
    const w = fivePersonWorkshop();
    const changed = response('c0ffee02', 'Dee', answersWith(4));
    const replaced = addResponses(
      w,
      [{ response: changed, source: 'code', onDuplicate: 'replace' }],
      NOW,
    );
    expect(replaced).toMatchObject({ added: 0, replaced: 1, skipped: 0 });
    expect(respondents(replaced.workshop)).toHaveLength(5);
    const dee = replaced.workshop.participants.find((p) => p.number === 4)!;
    expect(dee).toMatchObject({
      name: 'Dee',
      response: { source: 'code', answers: answersWith(4) },
    });

    const both = addResponses(
      w,
      [{ response: changed, source: 'file', onDuplicate: 'keep-both' }],
      NOW,
    );
    expect(both).toMatchObject({ added: 1, replaced: 0 });
    expect(both.workshop.participants.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    // Nothing that was in is lost either way.
    expect(both.workshop.participants[3]).toEqual(w.participants[3]);
  });

  it('keeps participant numbers stable when someone is removed', () => {
    let w = removeParticipant(fivePersonWorkshop(), 2, NOW);
    w = finishTurn(w, { name: 'Fay' }, {}, {}, 'r6', NOW);
    expect(w.participants.map((p) => p.number)).toEqual([1, 3, 4, 5, 6]);
  });
});
