import { create } from 'zustand';
import type { AnswerValue } from '../../../domain/scoring/answers';
import type { TurnTaker } from '../../../domain/workshop/participants';
import { useTurnMode } from '../../../state/turnMode';

/**
 * The turn being answered on the shared device. Held in memory only (never saved, so nothing of it is
 * left on the device), outside the page, so browser Back and Forward between the turn's sections, or out
 * of the turn and back in, lose nothing. It is cleared the moment the turn is recorded.
 */
interface TurnInProgress {
  workshopId: string | null;
  who: TurnTaker | null;
  answers: Record<string, AnswerValue>;
  notes: Record<string, string>;
  start(workshopId: string, who: TurnTaker): void;
  answer(actionId: string, value: AnswerValue): void;
  note(actionId: string, note: string): void;
  clear(): void;
}

const empty = { workshopId: null, who: null, answers: {}, notes: {} };

/**
 * Which workshop had a turn with answers in it, for this tab only (sessionStorage): never the answers,
 * only the fact, so that after a reload the page can say the turn was not kept (issue 26 item 5).
 */
const UNFINISHED_KEY = 'kai.turn-unfinished';

function markUnfinished(workshopId: string | null) {
  try {
    if (workshopId === null) sessionStorage.removeItem(UNFINISHED_KEY);
    else sessionStorage.setItem(UNFINISHED_KEY, workshopId);
  } catch {
    // Storage blocked: the warning before leaving still stands.
  }
}

/** Whether a turn of this workshop, with answers in it, ended in a reload or a closed tab. */
export function wasTurnLost(workshopId: string): boolean {
  try {
    return sessionStorage.getItem(UNFINISHED_KEY) === workshopId;
  } catch {
    return false;
  }
}

/** The page has said so: it is not said again. */
export const forgetLostTurn = () => markUnfinished(null);

// The turn is "on" (useTurnMode) exactly while one is in progress here: from its start until it is cleared.
export const useTurnInProgress = create<TurnInProgress>()((set) => ({
  ...empty,
  start: (workshopId, who) => {
    useTurnMode.getState().start(workshopId);
    markUnfinished(null);
    set({ workshopId, who, answers: {}, notes: {} });
  },
  answer: (actionId, value) =>
    set((s) => {
      markUnfinished(s.workshopId);
      return { answers: { ...s.answers, [actionId]: value } };
    }),
  note: (actionId, note) =>
    set((s) => {
      markUnfinished(s.workshopId);
      return { notes: { ...s.notes, [actionId]: note } };
    }),
  clear: () => {
    useTurnMode.getState().end();
    markUnfinished(null);
    set(empty);
  },
}));

const hasAnswers = (s: TurnInProgress) =>
  Object.keys(s.answers).length > 0 || Object.values(s.notes).some((n) => n.trim() !== '');

// A turn with answers in it is held in memory only: the browser asks before a reload or a closed tab
// throws it away, wherever in the app the facilitator is.
const warn = (event: BeforeUnloadEvent) => {
  event.preventDefault();
  event.returnValue = '';
};
if (typeof window !== 'undefined') {
  useTurnInProgress.subscribe((s, before) => {
    const now = hasAnswers(s);
    if (now === hasAnswers(before)) return;
    if (now) window.addEventListener('beforeunload', warn);
    else window.removeEventListener('beforeunload', warn);
  });
}
