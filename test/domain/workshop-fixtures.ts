import { researchContent } from '../../src/domain/content/research';
import type { ParticipantResponse } from '../../src/domain/response/response';
import type { AnswerValue } from '../../src/domain/scoring/answers';
import {
  addNames,
  addResponses,
  finishTurn,
  type IncomingResponse,
} from '../../src/domain/workshop/participants';
import { newWorkshop, type Workshop } from '../../src/domain/workshop/workshop';
import { actionIds, checklist, everyAction, scale } from './fixtures';

export const NOW = new Date('2026-11-02T09:30:00.000Z');
export const groupContent = { checklist, scale, ...researchContent };

export const emptyWorkshop = (anonymous = false): Workshop =>
  newWorkshop(
    { title: 'Cabinet away day', council: 'Anytown Council', date: '2026-11-02', anonymous },
    checklist,
    'w1',
    NOW,
  );

export const answersWith = (
  base: AnswerValue,
  changes: Record<string, AnswerValue> = {},
): Record<string, AnswerValue> => ({
  ...(everyAction(base) as Record<string, AnswerValue>),
  ...changes,
});

export const response = (
  responseId: string,
  name: string,
  answers: Record<string, AnswerValue>,
  notes: Record<string, string> = {},
): ParticipantResponse => ({
  responseId,
  checklistId: checklist.id,
  checklistVersion: checklist.version,
  name,
  answers,
  notes,
});

/** The workshop with each response added as a new participant (a duplicate kept), by file unless said. */
export const withResponses = (
  w: Workshop,
  responses: readonly ParticipantResponse[],
  at = NOW,
  source: IncomingResponse['source'] = 'file',
): Workshop =>
  addResponses(
    w,
    responses.map((r) => ({ response: r, source, onDuplicate: 'keep-both' })),
    at,
  ).workshop;

/**
 * The five-person workshop used by the domain and browser tests. Worked by hand:
 *   Asha (this device) every action 3, but "experiment" 0
 *   Ben  (this device) every action 3, but "experiment" 4
 *   Chris (file)       every action 2
 *   Dee   (file)       every action 2, but "monitor progress" 0
 *   Eve   (file)       every action 2, but "select priority areas" not sure
 *   … and Asha and Ben both 2 on "persist".
 * Most actions: 3 3 2 2 2 → mean 2.4, score 60, spread 1.
 * experiment 0 4 2 2 2 → mean 2, score 50, spread 4 (disagreement)
 * monitor    3 3 2 0 2 → mean 2, score 50, spread 3 (disagreement)
 * persist    2 2 2 2 2 → mean 2, score 50, spread 0
 * priority   3 3 2 2 ? → mean 2.5, score 62.5, n 4
 * Section scores per person (climate / leading / ambitions / delivery):
 *   Asha 62.5 / 75 / 75 / 70    Ben 79.17 / 75 / 75 / 70    Chris 50 / 50 / 50 / 50
 *   Dee  50 / 50 / 50 / 40      Eve 50 / 50 / 50 / 50
 * Group: climate 58.33 (50–79.17), leading 60 (50–75), ambitions 60 (50–75), delivery 56 (40–70)
 * Overall per person 70.625, 74.79, 50, 47.5, 50 → group 58.58 (47.5–74.79)
 */
export const EXPERIMENT = 'climate.experiment-and-learn';
export const MONITOR = 'delivery.monitor-progress';
export const PERSIST = 'delivery.persist';
export const PRIORITY = 'ambitions.select-priority-areas';

export const fiveAnswers = {
  asha: answersWith(3, { [EXPERIMENT]: 0, [PERSIST]: 2 }),
  ben: answersWith(3, { [EXPERIMENT]: 4, [PERSIST]: 2 }),
  chris: answersWith(2),
  dee: answersWith(2, { [MONITOR]: 0 }),
  eve: answersWith(2, { [PRIORITY]: 'not-sure' }),
};

/** The workshop above; a browser test may give the five their full names, and its own details. */
export function fivePersonWorkshop(
  anonymous = false,
  { names = ['Asha', 'Ben', 'Chris', 'Dee', 'Eve'], start = emptyWorkshop(anonymous) } = {},
): Workshop {
  let w = addNames(start, names.slice(0, 2), NOW);
  w = finishTurn(w, { number: 1 }, fiveAnswers.asha, {}, 'turn-asha', NOW);
  w = finishTurn(
    w,
    { number: 2 },
    fiveAnswers.ben,
    { [EXPERIMENT]: 'We pilot a lot' },
    'turn-ben',
    NOW,
  );
  return withResponses(
    w,
    [
      response('c0ffee01', names[2]!, fiveAnswers.chris),
      response('c0ffee02', names[3]!, fiveAnswers.dee),
      response('c0ffee03', names[4]!, fiveAnswers.eve),
    ],
    NOW,
  );
}

export { actionIds };
