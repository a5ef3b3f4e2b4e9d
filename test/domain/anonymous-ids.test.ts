import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeResponseCode, encodeResponseCode } from '../../src/domain/response/responseCode';
import { withInsideIds } from '../../src/domain/workshop/insideIds';
import {
  checkSavedWorkshops,
  migrateSavedWorkshops,
  SAVED_WORKSHOPS_VERSION,
} from '../../src/domain/workshop/migrateWorkshop';
import { addResponses, changeDetails, finishTurn } from '../../src/domain/workshop/participants';
import { workshopFile } from '../../src/domain/workshop/workshopFile';
import { actionIds, checklist, scale } from './fixtures';
import { answersWith, emptyWorkshop, NOW, response, withResponses } from './workshop-fixtures';

// Issue 26 item 9: an anonymous workshop keeps no id that exists outside it (a member's own assessment
// id is in their named response files and on their device). Issue 25 item 1: a name in a code reaches
// a workshop by name and is dropped by an anonymous one.
const OUTSIDE = ['5f0c1e2d3c4b5a69788796a5b4c3d2e1', 'aa00bb11cc22dd33ee44ff5566778899'];
let counter = 0;
const inside = () => `inside-${++counter}`;
const incoming = (ids: string[], onDuplicate: 'replace' | 'keep-both' = 'keep-both') =>
  ids.map((id, i) => ({
    response: response(id, `Member ${i + 1}`, answersWith(2)),
    source: 'file' as const,
    onDuplicate,
  }));

describe('an anonymous workshop', () => {
  it('gives each arriving response an id made inside it, and keeps no name', () => {
    const r = addResponses(emptyWorkshop(true), incoming(OUTSIDE), NOW, inside);
    const text = JSON.stringify(workshopFile(r.workshop, NOW));
    for (const id of OUTSIDE) expect(text).not.toContain(id);
    expect(text).not.toContain('Member');
    expect(r.workshop.participants.map((p) => p.response?.responseId)).toEqual([
      `inside-${counter - 1}`,
      `inside-${counter}`,
    ]);
    expect(r.numbers).toEqual([1, 2]);
  });

  it('still lets the same member’s answers in one batch replace their first', () => {
    const batch = [...incoming([OUTSIDE[0]!]), ...incoming([OUTSIDE[0]!], 'replace')];
    batch[1]!.response = { ...batch[1]!.response, answers: answersWith(4) };
    const r = addResponses(emptyWorkshop(true), batch, NOW, inside);
    expect(r).toMatchObject({ added: 1, replaced: 1, numbers: [1, 1] });
    expect(r.workshop.participants[0]!.response!.answers[actionIds[0]!]).toBe(4);
  });

  it('a named workshop keeps the id, so the same person’s answers are recognised later', () => {
    const w = withResponses(emptyWorkshop(false), [response(OUTSIDE[0]!, 'Ann', answersWith(1))]);
    expect(w.participants[0]!.response!.responseId).toBe(OUTSIDE[0]);
  });

  it('made anonymous, forgets every member’s own id with their names', () => {
    const named = withResponses(
      emptyWorkshop(false),
      OUTSIDE.map((id) => response(id, 'Ann', answersWith(1))),
    );
    const made = changeDetails(named, { ...named, anonymous: true }, NOW, inside);
    const text = JSON.stringify(made);
    for (const id of OUTSIDE) expect(text).not.toContain(id);
    expect(made.participants.every((p) => p.name === '')).toBe(true);
  });

  it('imported from an older file with members’ ids, gets ids made inside it', () => {
    const w = { ...withResponses(emptyWorkshop(false), [response(OUTSIDE[1]!, '', {})]) };
    const old = { ...w, anonymous: true };
    expect(JSON.stringify(withInsideIds(old, inside))).not.toContain(OUTSIDE[1]);
    expect(withInsideIds(w, inside)).toBe(w);
  });

  it('a turn on the shared device already gets an id made here', () => {
    const w = finishTurn(emptyWorkshop(true), { name: '' }, answersWith(2), {}, 'turn-id', NOW);
    expect(w.participants[0]!.response!.responseId).toBe('turn-id');
  });
});

describe('saved workshops, format 2 → 3', () => {
  const fixture = (name: string) =>
    JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures', name), 'utf8'));

  it('replaces the ids in a saved anonymous workshop and leaves a named one alone', () => {
    expect(SAVED_WORKSHOPS_VERSION).toBe(3);
    const saved = fixture('saved-workshops-v2.json');
    const before = saved.state.workshops[0].participants.map(
      (p: { response: { responseId: string } }) => p.response.responseId,
    );
    expect(before).toEqual(['later-0', 'later-1', 'later-2']);
    const r = checkSavedWorkshops(migrateSavedWorkshops(saved.state, 2), checklist, scale);
    const after = r.ok ? r.value.workshops[0]!.participants.map((p) => p.response!.responseId) : [];
    expect(after).toHaveLength(3);
    for (const id of after) expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set([...before, ...after]).size).toBe(6);
    // Everything else is as it was.
    expect(r.ok && r.value.workshops[0]!.participants.map((p) => p.response!.answers)).toEqual(
      saved.state.workshops[0].participants.map(
        (p: { response: { answers: unknown } }) => p.response.answers,
      ),
    );
    const v1 = fixture('saved-workshops-v1.json');
    const named = checkSavedWorkshops(migrateSavedWorkshops(v1.state, 1), checklist, scale);
    const v1Ids = v1.state.workshops[0].participants.map(
      (p: { response: { responseId: string } | null }) => p.response?.responseId,
    );
    expect(
      named.ok && named.value.workshops[0]!.participants.map((p) => p.response?.responseId),
    ).toEqual(v1Ids);
  });
});

describe('a name in the response code (issue 25 item 1)', () => {
  const code = (name: string) => {
    const r = encodeResponseCode(
      { responseId: OUTSIDE[0]!, answers: answersWith(3), name },
      checklist,
      scale,
    );
    const back = r.ok ? decodeResponseCode(r.value, checklist, scale) : r;
    if (!back.ok) throw new Error(back.message);
    return back.value;
  };

  it('shows the member by name in a workshop by name', () => {
    const w = addResponses(
      emptyWorkshop(false),
      [{ response: code('Ann Example'), source: 'code', onDuplicate: 'keep-both' }],
      NOW,
    );
    expect(w.workshop.participants[0]!.name).toBe('Ann Example');
  });

  it('is dropped on arrival by an anonymous workshop and never stored', () => {
    const w = addResponses(
      emptyWorkshop(true),
      [{ response: code('Ann Example'), source: 'code', onDuplicate: 'keep-both' }],
      NOW,
      inside,
    );
    expect(JSON.stringify(w.workshop)).not.toContain('Ann');
    expect(JSON.stringify(w.workshop)).not.toContain(OUTSIDE[0]);
  });
});
