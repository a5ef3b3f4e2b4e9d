import { SAVED } from '../../src/domain/saved/result';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { NOTE_MAX_LENGTH, ABOUT_YOU_MAX_LENGTH } from '../../src/domain/assessment/assessment';
import { checkSavedAssessment } from '../../src/domain/assessment/migrateAssessment';
import { checkSavedSnapshots } from '../../src/domain/assessment/snapshot';
import { readPersonalFile, writePersonalFile } from '../../src/domain/exchange/personalFile';
import { checkFutureDate, todayIso } from '../../src/domain/plan/date';
import { PLAN_LIMITS, type PlanItem } from '../../src/domain/plan/planItem';
import { decodeResponseCode, encodeResponseCode } from '../../src/domain/response/responseCode';
import { readResponseFile, responseFile } from '../../src/domain/response/responseFile';
import type { AnswerValue } from '../../src/domain/scoring/answers';
import { checkSavedWorkshops } from '../../src/domain/workshop/migrateWorkshop';
import { newWorkshop, WORKSHOP_LIMITS, type Workshop } from '../../src/domain/workshop/workshop';
import { earlierWorkshop } from '../../src/domain/workshop/linkEarlier';
import { withResponses } from '../domain/workshop-fixtures';
import { REVIEW_NOTE_MAX_LENGTH, REVIEW_OUTCOMES } from '../../src/domain/history/planReview';
import { readWorkshopFile, workshopFile } from '../../src/domain/workshop/workshopFile';
import { ASSESSMENT_KEY, useAssessmentStore } from '../../src/state/assessmentStore';
import { useSavedDataProblems } from '../../src/state/savedDataProblems';
import { SNAPSHOTS_KEY, useSnapshotStore } from '../../src/state/snapshotStore';
import { useWorkshopStore, WORKSHOPS_KEY } from '../../src/state/workshopStore';
import { useHistoryStore } from '../../src/state/historyStore';
import { checkSavedHistory, HISTORY_KEY } from '../../src/domain/history/saved';
import { actionIds, checklist, scale } from '../domain/fixtures';

// Issue 14: whatever a write accepts, the load check accepts. Inputs go through the stores' public
// actions, bounded as the forms bound them (maxLength, the date check, the answer options), and after
// every action the write must have been made, and what is stored must load back to what is in memory.
// Every export made from that state must import again.

const answer = fc.constantFrom<AnswerValue>(0, 1, 2, 3, 4, 'not-sure');
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const actionId = fc.constantFrom(...actionIds);
/** A date as the three boxes give it, kept only when the form's own check passes. */
const typedDate = fc
  .record({
    day: fc.integer({ min: 1, max: 31 }).map(String),
    month: fc.integer({ min: 1, max: 12 }).map(String),
    year: fc.integer({ min: 1900, max: 2999 }).map(String),
  })
  .map((parts) => {
    const checked = checkFutureDate(parts, '0000-01-01');
    return checked.ok ? checked.iso : null;
  });
const planItems = fc
  .uniqueArray(actionId, { maxLength: PLAN_LIMITS.maxItems })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record(
          {
            actionId: fc.constant(id),
            what: text(PLAN_LIMITS.what).filter((w) => w.trim() !== ''),
            who: text(PLAN_LIMITS.who),
            byWhen: typedDate.filter((d) => d === null || d >= todayIso()),
            measure: text(PLAN_LIMITS.measure),
          },
          { noNullPrototype: true },
        ),
      ),
    ),
  )
  .map((items): PlanItem[] => items);
const hexId = fc
  .uint8Array({ minLength: 1, maxLength: 32 })
  .map((b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(''));
const answers = fc.dictionary(actionId, answer, { noNullPrototype: true });

const assessmentAction = fc.oneof(
  fc.tuple(fc.constant('answer' as const), actionId, answer),
  fc.tuple(fc.constant('note' as const), actionId, text(NOTE_MAX_LENGTH)),
  fc.tuple(
    fc.constant('about' as const),
    fc.record(
      {
        name: text(ABOUT_YOU_MAX_LENGTH),
        role: text(ABOUT_YOU_MAX_LENGTH),
        council: text(ABOUT_YOU_MAX_LENGTH),
      },
      { noNullPrototype: true },
    ),
  ),
  fc.tuple(fc.constant('plan' as const), planItems),
  fc.tuple(fc.constant('snapshot' as const), text(100)),
);

/** A review of a plan: an outcome and a note for each item. */
const planReview = fc.array(
  fc.record(
    {
      outcome: fc.constantFrom(...REVIEW_OUTCOMES.map((o) => o.value)),
      note: text(REVIEW_NOTE_MAX_LENGTH),
    },
    { noNullPrototype: true },
  ),
  { maxLength: PLAN_LIMITS.maxItems },
);

const workshopAction = fc.oneof(
  fc.tuple(
    fc.constant('create' as const),
    fc.record(
      {
        title: text(WORKSHOP_LIMITS.title).filter((t) => t.trim() !== ''),
        council: text(WORKSHOP_LIMITS.council),
        date: typedDate,
        anonymous: fc.boolean(),
      },
      { noNullPrototype: true },
    ),
  ),
  fc.tuple(fc.constant('names' as const), fc.array(text(WORKSHOP_LIMITS.name), { maxLength: 30 })),
  fc.tuple(fc.constant('many names' as const), fc.integer({ min: 400, max: 600 })),
  fc.tuple(
    fc.constant('turn' as const),
    fc.oneof(fc.nat(600), text(WORKSHOP_LIMITS.name)),
    answers,
  ),
  fc.tuple(fc.constant('code' as const), hexId, answers),
  fc.tuple(fc.constant('file' as const), hexId, text(ABOUT_YOU_MAX_LENGTH), answers),
  fc.tuple(fc.constant('rename' as const), fc.nat(600), text(WORKSHOP_LIMITS.name)),
  fc.tuple(fc.constant('remove' as const), fc.nat(600)),
  fc.tuple(fc.constant('anonymous' as const), fc.boolean()),
  fc.tuple(fc.constant('reveal' as const), fc.boolean()),
  fc.tuple(fc.constant('plan' as const), planItems),
  fc.tuple(fc.constant('import' as const), fc.constantFrom<'replace' | 'copy'>('replace', 'copy')),
  // Issue 10: compared with an earlier workshop of the group, read from its file as the page does.
  fc.tuple(
    fc.constant('link' as const),
    fc.array(answers, { minLength: 3, maxLength: 6 }),
    planItems,
    fc.boolean(),
  ),
  fc.tuple(fc.constant('link to another' as const), fc.nat(20)),
  fc.tuple(fc.constant('unlink' as const)),
  fc.tuple(fc.constant('review earlier' as const), planReview),
);

/** An earlier workshop as the link page takes it: exported, read back, then only its group figures. */
function earlierFromFile(workshop: Workshop) {
  const read = readWorkshopFile(
    JSON.stringify(workshopFile(workshop, new Date())),
    checklist,
    scale,
  );
  expect(read.ok).toBe(true);
  return read.ok ? earlierWorkshop(read.value, checklist, scale) : read;
}

const historyAction = fc.oneof(
  fc.tuple(fc.constant('round' as const), answers, planItems, text(100)),
  fc.tuple(fc.constant('review' as const), fc.nat(30), planReview),
  fc.tuple(fc.constant('import file' as const)),
);

/** A participant's answers as a response code gives them. */
const read0 = (a: Record<string, AnswerValue>) => ({
  responseId: 'x',
  checklistId: checklist.id,
  checklistVersion: checklist.version,
  name: '',
  answers: a,
  notes: {},
});

function expectWrittenAndLoadable() {
  expect(useSavedDataProblems.getState().saveFailed).toEqual({});
  const saved = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null')?.state;
  const { assessment } = useAssessmentStore.getState();
  expect(checkSavedAssessment(saved(ASSESSMENT_KEY) ?? { assessment }, checklist, scale)).toEqual({
    ok: true,
    value: { assessment },
  });
  const { snapshots } = useSnapshotStore.getState();
  expect(checkSavedSnapshots(saved(SNAPSHOTS_KEY) ?? { snapshots }, checklist, scale)).toEqual({
    ok: true,
    value: { snapshots },
    leftOut: [],
  });
  const { workshops } = useWorkshopStore.getState();
  expect(checkSavedWorkshops(saved(WORKSHOPS_KEY) ?? { workshops }, checklist, scale)).toEqual({
    ok: true,
    value: { workshops },
    leftOut: [],
  });
}

function expectHistoryWrittenAndLoadable() {
  expect(useSavedDataProblems.getState().saveFailed).toEqual({});
  const { entries } = useHistoryStore.getState();
  const saved = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? 'null')?.state ?? { entries };
  expect(checkSavedHistory(saved, checklist, scale)).toEqual({ ok: true, value: { entries } });
}

function expectExportsImport() {
  const { assessment } = useAssessmentStore.getState();
  expect(readPersonalFile(writePersonalFile(assessment, checklist), checklist, scale).ok).toBe(
    true,
  );
  const file = JSON.stringify(responseFile(assessment, assessment.aboutYou.name, new Date()));
  expect(readResponseFile(file, checklist, scale).ok).toBe(true);
  for (const w of useWorkshopStore.getState().workshops) {
    expect(readWorkshopFile(JSON.stringify(workshopFile(w, new Date())), checklist, scale)).toEqual(
      { ok: true, value: w.anonymous ? workshopFile(w, new Date()).workshop : w },
    );
  }
}

/** Runs `run` on each generated sequence of up to `maxLength` actions, from an empty localStorage. */
function forEveryRun<A>(
  action: fc.Arbitrary<A>,
  maxLength: number,
  numRuns: number,
  run: (actions: A[]) => void,
) {
  fc.assert(
    fc.property(fc.array(action, { maxLength }), (actions) => {
      localStorage.clear();
      run(actions);
    }),
    { numRuns },
  );
}

beforeEach(() => {
  localStorage.clear();
  useSavedDataProblems.setState({ incidents: [], saveFailed: {} });
});

describe('what a write accepts, the load check accepts', () => {
  it('the saved assessment, its snapshots, and the personal and response files', () => {
    forEveryRun(assessmentAction, 12, 150, (actions) => {
      useAssessmentStore.getState().reset();
      useSnapshotStore.setState({ snapshots: [] });
      const store = useAssessmentStore.getState();
      for (const action of actions) {
        if (action[0] === 'answer') store.setAnswer(action[1], action[2]);
        if (action[0] === 'note') store.setNote(action[1], action[2]);
        if (action[0] === 'about') store.setAboutYou(action[1]);
        if (action[0] === 'plan') store.setPlan(action[1]);
        if (action[0] === 'snapshot')
          useSnapshotStore.getState().save(useAssessmentStore.getState().assessment, action[1]);
        expectWrittenAndLoadable();
      }
      expectExportsImport();
    });
  });

  it('the personal history: rounds kept, plans reviewed, and history imported from a file', () => {
    forEveryRun(historyAction, 10, 80, (actions) => {
      useAssessmentStore.getState().reset();
      useHistoryStore.setState({ entries: [] });
      const history = useHistoryStore.getState();
      for (const action of actions) {
        const { entries } = useHistoryStore.getState();
        if (action[0] === 'round') {
          const store = useAssessmentStore.getState();
          for (const [id, value] of Object.entries(action[1])) store.setAnswer(id, value!);
          store.setPlan(action[2]);
          expect(history.keepRound(useAssessmentStore.getState().assessment, action[3])).toEqual(
            SAVED,
          );
          // The next round is a new assessment, as starting again makes one.
          useAssessmentStore.getState().reset();
        } else if (action[0] === 'review' && entries.length > 0) {
          const entry = entries[action[1] % entries.length]!;
          const review = entry.assessment.plan.flatMap((p, i) => {
            const r = action[2][i];
            return r ? [{ actionId: p.actionId, outcome: r.outcome, note: r.note.trim() }] : [];
          });
          expect(history.saveReview(entry.id, review)).toEqual(SAVED);
        } else if (action[0] === 'import file') {
          const { assessment } = useAssessmentStore.getState();
          const read = readPersonalFile(
            writePersonalFile(assessment, checklist, new Date(), entries),
            checklist,
            scale,
          );
          expect(read.ok).toBe(true);
          if (read.ok) {
            localStorage.removeItem(HISTORY_KEY);
            useHistoryStore.setState({ entries: [] });
            expect(history.addImported(read.value.history, assessment.id)).toEqual({
              result: SAVED,
              added: entries.length,
              alreadyThere: 0,
            });
            expect(useHistoryStore.getState().entries).toEqual(entries);
          }
        }
        expectHistoryWrittenAndLoadable();
      }
    });
  });

  it('the saved workshops, their files, and response codes', () => {
    forEveryRun(workshopAction, 15, 60, (actions) => {
      useWorkshopStore.setState({ workshops: [] });
      const store = useWorkshopStore.getState();
      for (const action of actions) {
        const current = useWorkshopStore.getState().workshops.at(-1);
        const pick = (n: number) =>
          current?.participants[n % Math.max(1, current.participants.length)]?.number ?? 1;
        if (action[0] === 'create') store.create(action[1]);
        else if (!current) continue;
        else if (action[0] === 'names') store.addNames(current.id, action[1]);
        else if (action[0] === 'many names')
          store.addNames(
            current.id,
            Array.from({ length: action[1] }, (_, i) => `Person ${i}`),
          );
        else if (action[0] === 'turn') {
          const who =
            typeof action[1] === 'number' ? { number: pick(action[1]) } : { name: action[1] };
          store.finishTurn(current.id, who, action[2], {});
        } else if (action[0] === 'code') {
          const code = encodeResponseCode(
            { responseId: action[1], answers: action[2] },
            checklist,
            scale,
          );
          expect(code.ok).toBe(true);
          const decoded = decodeResponseCode(code.ok ? code.value : '', checklist, scale);
          expect(decoded.ok).toBe(true);
          if (decoded.ok)
            store.addResponses(current.id, [
              { response: decoded.value, source: 'code', onDuplicate: 'keep-both' },
            ]);
        } else if (action[0] === 'file') {
          const assessment = {
            ...useAssessmentStore.getState().assessment,
            id: action[1],
            answers: action[3],
          };
          const read = readResponseFile(
            JSON.stringify(responseFile(assessment, action[2], new Date())),
            checklist,
            scale,
          );
          expect(read.ok).toBe(true);
          if (read.ok)
            store.addResponses(current.id, [
              { response: read.value, source: 'file', onDuplicate: 'replace' },
            ]);
        } else if (action[0] === 'rename')
          store.renameParticipant(current.id, pick(action[1]), action[2]);
        else if (action[0] === 'remove') store.removeParticipant(current.id, pick(action[1]));
        else if (action[0] === 'anonymous')
          store.updateDetails(current.id, { ...current, anonymous: action[1] });
        else if (action[0] === 'reveal') store.setRevealed(current.id, action[1]);
        else if (action[0] === 'plan') store.setPlan(current.id, action[1]);
        else if (action[0] === 'link') {
          const earlier = withResponses(
            { ...newWorkshop(current, checklist, `earlier-${current.id}`, new Date()) },
            action[1].map((a, i) => ({ ...read0(a), responseId: `e${i}` })),
            new Date(),
            'code',
          );
          const e = earlierFromFile({ ...earlier, plan: action[2], anonymous: action[3] });
          expect(e.ok).toBe(true);
          if (e.ok) expect(store.linkEarlier(current.id, e.value)).toEqual(SAVED);
        } else if (action[0] === 'link to another') {
          const all = useWorkshopStore.getState().workshops;
          const other = all[action[1] % all.length]!;
          const e = earlierFromFile(other);
          if (e.ok)
            expect(store.linkEarlier(current.id, e.value)).toEqual(
              other.id === current.id
                ? { kind: 'refused', reason: 'a workshop cannot be compared with itself.' }
                : SAVED,
            );
        } else if (action[0] === 'unlink')
          expect(store.linkEarlier(current.id, null)).toEqual(SAVED);
        else if (action[0] === 'review earlier') {
          const plan = current.earlier?.plan ?? [];
          const review = plan.flatMap((p, i) => {
            const r = action[1][i];
            return r ? [{ actionId: p.actionId, outcome: r.outcome, note: r.note.trim() }] : [];
          });
          expect(store.reviewEarlierPlan(current.id, review)).toEqual(SAVED);
        } else if (action[0] === 'import') {
          const read = readWorkshopFile(
            JSON.stringify(workshopFile(current, new Date())),
            checklist,
            scale,
          );
          expect(read.ok).toBe(true);
          if (read.ok) store.importWorkshop(read.value, action[1]);
        }
        expectWrittenAndLoadable();
      }
      expectExportsImport();
    });
  });
});
