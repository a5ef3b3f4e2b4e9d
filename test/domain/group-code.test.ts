import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGroupFigures, groupFigures, type GroupFigures } from '../../src/domain/group/figures';
import { MIN_GROUP_SIZE } from '../../src/domain/group/minimumGroup';
import { decodeGroupCode, encodeGroupCode, groupCodeUrl } from '../../src/domain/group/groupCode';
import { groupResultsFile, readGroupResultsFile } from '../../src/domain/group/groupResultsFile';
import { fromBase64url } from '../../src/domain/response/base64url';
import { crc16, utf8 } from '../../src/domain/response/crc16';
import type { AnswerValue } from '../../src/domain/scoring/answers';
import type { Workshop } from '../../src/domain/workshop/workshop';
import { actionIds, checklist, scale } from './fixtures';
import {
  emptyWorkshop,
  EXPERIMENT,
  fivePersonWorkshop,
  MONITOR,
  NOW,
  PERSIST,
  PRIORITY,
  response,
  withResponses,
} from './workshop-fixtures';

const figuresOf = (w: Workshop) => {
  const r = groupFigures(w, checklist, scale);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const encode = (f: GroupFigures) => {
  const r = encodeGroupCode(f, checklist);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const decodeMessage = (code: string) => {
  const r = decodeGroupCode(code, checklist, scale);
  return r.ok ? 'ok' : r.message;
};

/** A workshop of people who answered by code: answers only, with the names and notes given. */
function workshopOf(
  people: { answers: Record<string, AnswerValue>; name: string; note: string }[],
  anonymous: boolean,
): Workshop {
  return withResponses(
    emptyWorkshop(anonymous),
    people.map((p, i) => response(`abc${i}`, p.name, p.answers, { [actionIds[0]!]: p.note })),
    NOW,
  );
}

describe('the group figures', () => {
  it('count each answer per action for the five-person workshop (worked by hand)', () => {
    const f = figuresOf(fivePersonWorkshop());
    expect(f.participants).toBe(5);
    const of = (id: string) => f.actions.find((a) => a.actionId === id)!;
    // 3 3 2 2 2 on most actions; experiment 0 4 2 2 2; monitor 3 3 2 0 2; persist all 2;
    // priority 3 3 2 2 and one "not sure".
    expect(of(actionIds[0]!)).toEqual({
      actionId: actionIds[0],
      counts: [0, 0, 3, 2, 0],
      notSure: 0,
    });
    expect(of(EXPERIMENT).counts).toEqual([1, 0, 3, 0, 1]);
    expect(of(MONITOR).counts).toEqual([1, 0, 2, 2, 0]);
    expect(of(PERSIST).counts).toEqual([0, 0, 5, 0, 0]);
    expect(of(PRIORITY)).toEqual({ actionId: PRIORITY, counts: [0, 0, 2, 2, 0], notSure: 1 });
    expect(f.actions.map((a) => a.actionId)).toEqual(actionIds);
  });

  it('are not given to members below five participants: a pair or trio could take them apart', () => {
    expect(MIN_GROUP_SIZE).toBe(5);
    const four = workshopOf(
      [1, 3, 2, 2].map((v, i) => ({ answers: { [actionIds[0]!]: v }, name: `P${i}`, note: '' })),
      false,
    );
    const r = groupFigures(four, checklist, scale);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toBe(
      "4 people have answered, and the group results are given to members only when at least 5 have: in a smaller group, two or three members who put their own answers together could work out another member's answers.",
    );
    // The fifth answer makes them available.
    const five = workshopOf(
      [1, 3, 2, 2, 0].map((v, i) => ({ answers: { [actionIds[0]!]: v }, name: `P${i}`, note: '' })),
      true,
    );
    expect(figuresOf(five).actions[0]!.counts).toEqual([1, 1, 2, 1, 0]);
  });
});

// The attack of issue 26 item 7: in a group of three, two members who pool their own answers read the
// third's exactly from the counts. Codes and files made earlier for groups under five no longer open.
describe('figures made earlier for a group under five', () => {
  const small = (participants: number): GroupFigures => ({
    checklistId: checklist.id,
    checklistVersion: checklist.version,
    participants,
    actions: actionIds.map((actionId) => ({
      actionId,
      counts: [0, 0, participants, 0, 0],
      notSure: 0,
    })),
  });

  it('no longer open, as a code, an address or a file, and say why', () => {
    for (const p of [1, 2, 3, 4]) {
      const code = encode(small(p));
      const why = `it was made for a group of ${p}. Group results are now given to members only for groups of at least 5`;
      expect(decodeMessage(code)).toContain(why);
      expect(decodeMessage(groupCodeUrl('https://example.org/', code))).toContain(why);
      const file = readGroupResultsFile(
        JSON.stringify(groupResultsFile(small(p), NOW)),
        checklist,
        scale,
      );
      expect(file.ok ? 'ok' : file.message).toContain(why);
    }
    expect(decodeMessage(encode(small(5)))).toBe('ok');
  });

  it('the pooling attack: with three, two members read the third exactly; with five, two cannot', () => {
    // What two colluding members can say of the others: the counts minus their own answers.
    const leftAfterPooling = (f: GroupFigures, own: number[][]) =>
      f.actions.map((a, k) => {
        const left = [...a.counts];
        for (const person of own) left[person[k]!]!--;
        return left;
      });
    const threeOk = groupFigures(
      workshopOf(
        [
          [0, 1],
          [2, 2],
          [4, 3],
        ].map(([a, b]) => ({
          answers: { [actionIds[0]!]: a!, [actionIds[1]!]: b! },
          name: '',
          note: '',
        })),
        true,
      ),
      checklist,
      scale,
      3,
    );
    if (!threeOk.ok) throw new Error(threeOk.message);
    const three = threeOk.value;
    // Members 1 and 2 pool: what is left is one answer per action, the third member's exactly.
    const left3 = leftAfterPooling(three, [
      [0, 1],
      [2, 2],
    ]);
    expect(left3[0]).toEqual([0, 0, 0, 0, 1]);
    expect(left3[1]).toEqual([0, 0, 0, 1, 0]);
    // So such figures are never given to members any more.
    expect(decodeMessage(encode(three))).toContain('made for a group of 3');
  });
});

describe('the group-results code', () => {
  it('lays out its bytes as documented (worked by hand)', () => {
    const code = encode(figuresOf(fivePersonWorkshop()));
    // 5 participants need 3 bits a count; 20 actions × 6 counts × 3 bits = 360 bits = 45 bytes;
    // with 5 bytes before and 2 after, 52 bytes: 70 base64url characters.
    expect(code).toMatch(/^KAG1-[A-Za-z0-9_-]{70}$/);
    const bytes = fromBase64url(code.slice(5))!;
    expect(bytes.length).toBe(52);
    const fingerprint = crc16(utf8('council-leaders-key-actions'));
    expect([...bytes.subarray(0, 5)]).toEqual([fingerprint >> 8, fingerprint & 0xff, 1, 0, 5]);
    // The first action: counts 0 0 3 2 0, not sure 0 → 000 000 011 010 000 000 → 0x01 0xA0 then "00".
    expect(bytes[5]).toBe(0x01);
    expect(bytes[6]).toBe(0xa0);
    expect((bytes[7]! & 0xc0) >> 6).toBe(0);
    expect((bytes[50]! << 8) | bytes[51]!).toBe(crc16(bytes.subarray(0, 50)));
  });

  it('is 50 characters after "KAG1-" for 3 people, 70 for 4–7 and 90 for 8–15 (docs/formats.md)', () => {
    const zeros = (participants: number): GroupFigures => ({
      checklistId: checklist.id,
      checklistVersion: checklist.version,
      participants,
      actions: actionIds.map((actionId) => ({ actionId, counts: [0, 0, 0, 0, 0], notSure: 0 })),
    });
    expect([3, 4, 7, 8, 15, 16, 500].map((p) => encode(zeros(p)).length - 5)).toEqual([
      50, 70, 70, 90, 90, 110, 190,
    ]);
  });

  it('reads back what it wrote, from the code or from the address a camera app opens', () => {
    const figures = figuresOf(fivePersonWorkshop());
    const code = encode(figures);
    expect(decodeGroupCode(code, checklist, scale)).toEqual({ ok: true, value: figures });
    const url = groupCodeUrl('https://example.org/councils/innovation/', code);
    expect(url).toBe(`https://example.org/councils/innovation/#/group/${code}`);
    expect(decodeGroupCode(url, checklist, scale)).toEqual({ ok: true, value: figures });
    expect(decodeGroupCode(` ${code.slice(0, 20)}\n${code.slice(20)} `, checklist, scale).ok).toBe(
      true,
    );
  });

  it('is refused, never misread, when any one character is changed', () => {
    const code = encode(figuresOf(fivePersonWorkshop()));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 5; i < code.length; i++) {
      for (const c of alphabet) {
        if (c === code[i]) continue;
        expect(decodeGroupCode(code.slice(0, i) + c + code.slice(i + 1), checklist, scale).ok).toBe(
          false,
        );
      }
    }
  });

  it('names what is wrong with a code that is not one', () => {
    const code = encode(figuresOf(fivePersonWorkshop()));
    expect(decodeMessage('')).toBe('the code is empty.');
    expect(decodeMessage('KAI1-zNEBEF8MHi08S1ppeIeWpbTD0uGAAAAAAAAAYCRY')).toContain(
      "a participant's response code",
    );
    expect(decodeMessage('https://example.org/')).toContain('not a group-results code');
    expect(decodeMessage(`KAG2-${code.slice(5)}`)).toContain('newer version');
    expect(decodeMessage(code.slice(0, -3))).toMatch(/does not check out|characters/);
    expect(decodeMessage(`${code.slice(0, 10)}+${code.slice(11)}`)).toContain('characters');
    expect(decodeMessage('KAG1-AAAA')).toContain('too short');
    expect(decodeMessage(`KAG1-${'A'.repeat(5000)}`)).toContain('too long');
  });

  it('is the same for a named and an anonymous workshop, and carries no name or note', () => {
    const named = encode(figuresOf(fivePersonWorkshop(false)));
    expect(encode(figuresOf(fivePersonWorkshop(true)))).toBe(named);
    const file = JSON.stringify(groupResultsFile(figuresOf(fivePersonWorkshop(false)), NOW));
    for (const word of ['Asha', 'Ben', 'Chris', 'Dee', 'Eve', 'We pilot a lot', 'Cabinet']) {
      expect(file).not.toContain(word);
    }
    expect(Object.keys(JSON.parse(file)).sort()).toEqual([
      'actions',
      'checklistId',
      'checklistVersion',
      'exportedAt',
      'formatVersion',
      'kind',
      'participants',
    ]);
  });

  // The code and the file depend only on how many gave each answer to each action: shuffling each
  // action's answers among the people independently, and changing every name and note, changes
  // nothing. So neither can hold anyone's row of answers, name or note, named workshop or anonymous.
  it('holds no per-person answers: shuffling each action among people changes nothing', () => {
    const answer = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('not-sure' as const));
    const person = fc.record({
      answers: fc.dictionary(fc.constantFrom(...actionIds), answer),
      name: fc.string({ maxLength: 20 }),
      note: fc.string({ maxLength: 40 }),
    });
    fc.assert(
      fc.property(
        fc.array(person, { minLength: MIN_GROUP_SIZE, maxLength: 12 }),
        fc.array(fc.nat(), { minLength: actionIds.length, maxLength: actionIds.length }),
        fc.boolean(),
        (people, shifts, anonymous) => {
          // Rotate each action's column of answers by its own amount: a different person now holds
          // each answer, and each person's row is a new mix.
          const shuffled = people.map((_, i) => ({
            answers: Object.fromEntries(
              actionIds.flatMap((id, k) => {
                const v = people[(i + shifts[k]!) % people.length]!.answers[id];
                return v === undefined ? [] : [[id, v]];
              }),
            ),
            name: `Someone else ${i}`,
            note: 'A different note',
          }));
          const a = figuresOf(workshopOf(people, anonymous));
          const b = figuresOf(workshopOf(shuffled, !anonymous));
          expect(encode(b)).toBe(encode(a));
          expect(groupResultsFile(b, NOW)).toEqual(groupResultsFile(a, NOW));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('round-trips any valid figures, and never throws on any text', () => {
    const figures = fc.integer({ min: MIN_GROUP_SIZE, max: 500 }).chain((participants) =>
      fc.record({
        participants: fc.constant(participants),
        actions: fc.tuple(
          ...actionIds.map((actionId) =>
            fc
              .array(fc.integer({ min: 0, max: participants }), { minLength: 6, maxLength: 6 })
              .map((raw) => {
                // Scale the six counts down so that they add up to no more than the participants.
                const total = raw.reduce((s, c) => s + c, 0);
                const k = total > participants ? participants / total : 1;
                const c = raw.map((x) => Math.floor(x * k));
                return { actionId, counts: c.slice(0, 5), notSure: c[5]! };
              }),
          ),
        ),
      }),
    );
    fc.assert(
      fc.property(figures, ({ participants, actions }) => {
        const f: GroupFigures = {
          checklistId: checklist.id,
          checklistVersion: checklist.version,
          participants,
          actions: [...actions],
        };
        expect(checkGroupFigures(f, checklist, scale).ok).toBe(true);
        expect(decodeGroupCode(encode(f), checklist, scale)).toEqual({ ok: true, value: f });
        const file = JSON.stringify(groupResultsFile(f, NOW));
        expect(readGroupResultsFile(file, checklist, scale)).toEqual({ ok: true, value: f });
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = decodeGroupCode(`KAG1-${text}`, checklist, scale);
        if (r.ok) expect(checkGroupFigures(r.value, checklist, scale).ok).toBe(true);
        expect(decodeGroupCode(text, checklist, scale).ok).toBe(false);
      }),
    );
  });
});

describe('the group results file', () => {
  const good = () => groupResultsFile(figuresOf(fivePersonWorkshop()), NOW);
  const message = (value: unknown) => {
    const r = readGroupResultsFile(JSON.stringify(value), checklist, scale);
    return r.ok ? 'ok' : r.message;
  };

  it('is read by the same check as the code, with one message for each problem', () => {
    expect(message(good())).toBe('ok');
    expect(message({ ...good(), kind: 'key-actions-for-innovation/response' })).toContain(
      'it is a response file, not a group results file',
    );
    expect(message({ ...good(), formatVersion: 2 })).toContain('newer version');
    expect(message({ ...good(), checklistId: 'other' })).toContain('different checklist');
    expect(message({ ...good(), participants: 2 })).toContain('made for a group of 2');
    expect(message({ ...good(), participants: 0 })).toContain('between 1 and 500');
    expect(message({ ...good(), participants: 501 })).toContain('between 1 and 500');
    expect(message({ ...good(), actions: good().actions.slice(1) })).toContain('each of');
    const tooMany = good();
    tooMany.actions[0] = { ...tooMany.actions[0]!, counts: [5, 0, 0, 0, 1] };
    expect(message(tooMany)).toContain('more answers are counted');
    const notCounts = good();
    notCounts.actions[3] = { ...notCounts.actions[3]!, counts: [1, 0, -1, 0, 0] };
    expect(message(notCounts)).toContain('not counts');
    expect(message({ ...good(), actions: 'none' })).toContain('no figures');
    expect(
      readGroupResultsFile(
        '{"kind":"key-actions-for-innovation/group-results","__proto__":{}}',
        checklist,
        scale,
      ).ok,
    ).toBe(false);
  });
});
