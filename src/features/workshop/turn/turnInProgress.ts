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

// The turn is "on" (useTurnMode) exactly while one is in progress here: from its start until it is cleared.
export const useTurnInProgress = create<TurnInProgress>()((set) => ({
  ...empty,
  start: (workshopId, who) => {
    useTurnMode.getState().start(workshopId);
    set({ workshopId, who, answers: {}, notes: {} });
  },
  answer: (actionId, value) => set((s) => ({ answers: { ...s.answers, [actionId]: value } })),
  note: (actionId, note) => set((s) => ({ notes: { ...s.notes, [actionId]: note } })),
  clear: () => {
    useTurnMode.getState().end();
    set(empty);
  },
}));
