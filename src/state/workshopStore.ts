import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { newId } from '../domain/assessment/assessment';
import { checklistContent } from '../domain/content/load';
import type { PlanItem } from '../domain/plan/planItem';
import type { AnswerValue } from '../domain/scoring/answers';
import {
  checkSavedWorkshops,
  migrateSavedWorkshops,
  SAVED_WORKSHOPS_VERSION,
} from '../domain/workshop/migrateWorkshop';
import {
  addNames,
  addResponses,
  changeDetails,
  finishTurn,
  removeParticipant,
  renameParticipant,
  type AddResult,
  type IncomingResponse,
  type TurnTaker,
} from '../domain/workshop/participants';
import { newWorkshop, type Workshop, type WorkshopDetails } from '../domain/workshop/workshop';
import type { EarlierWorkshop } from '../domain/workshop/earlier';
import { withInsideIds } from '../domain/workshop/insideIds';
import { followEarlier } from '../domain/workshop/followEarlier';
import { linkEarlier, reviewEarlierPlan } from '../domain/workshop/linkEarlier';
import type { PlanReviewItem } from '../domain/history/planReview';
import { followOtherTabs, lastWriteSucceeded, persistOptions } from './savedFormat';

const { checklist, scale } = checklistContent;
export const WORKSHOPS_KEY = 'kai.workshops';

interface WorkshopStore {
  /** Every workshop kept in this browser, in the order they were created or imported. */
  workshops: Workshop[];
  /** Returns the new workshop's id. */
  create(details: WorkshopDetails): string;
  updateDetails(id: string, details: WorkshopDetails): void;
  remove(id: string): void;
  addNames(id: string, names: string[]): void;
  renameParticipant(id: string, number: number, name: string): void;
  removeParticipant(id: string, number: number): void;
  /** Whether the turn was recorded and saved; when not, the caller still holds the answers. */
  finishTurn(
    id: string,
    who: TurnTaker,
    answers: Record<string, AnswerValue>,
    notes: Record<string, string>,
  ): 'saved' | 'full' | 'not-saved';
  addResponses(id: string, incoming: IncomingResponse[]): Omit<AddResult, 'workshop'>;
  setRevealed(id: string, revealed: boolean): void;
  setPlan(id: string, plan: PlanItem[]): void;
  /**
   * Compares the workshop with an earlier one of the same group (null: with none). Returns why not, or
   * null when the link is saved.
   */
  linkEarlier(id: string, earlier: EarlierWorkshop | null): string | null;
  /** Whether the review of the earlier group plan was saved. */
  reviewEarlierPlan(id: string, review: PlanReviewItem[]): boolean;
  /** An imported workshop file: replaces the workshop with the same id, or is kept as a copy. */
  importWorkshop(workshop: Workshop, mode: 'replace' | 'copy'): string;
}

export const useWorkshopStore = create<WorkshopStore>()(
  persist(
    (setState, get) => {
      // Every write brings linked earlier workshops up to date with the workshops on this device.
      const set = (change: (s: { workshops: Workshop[] }) => { workshops: Workshop[] }) =>
        setState((s) => ({ workshops: followEarlier(change(s).workshops, checklist, scale) }));
      const update = (id: string, change: (w: Workshop, now: Date) => Workshop) =>
        set(({ workshops }) => ({
          workshops: workshops.map((w) => (w.id === id ? change(w, new Date()) : w)),
        }));
      const touch = (w: Workshop, now: Date, change: Partial<Workshop>): Workshop => ({
        ...w,
        ...change,
        updatedAt: now.toISOString(),
      });
      return {
        workshops: [],
        create: (details) => {
          const workshop = newWorkshop(details, checklist, newId(), new Date());
          set(({ workshops }) => ({ workshops: [...workshops, workshop] }));
          return workshop.id;
        },
        updateDetails: (id, details) => update(id, (w, now) => changeDetails(w, details, now)),
        remove: (id) =>
          set(({ workshops }) => ({ workshops: workshops.filter((w) => w.id !== id) })),
        addNames: (id, names) => update(id, (w, now) => addNames(w, names, now)),
        renameParticipant: (id, number, name) =>
          update(id, (w, now) => renameParticipant(w, number, name, now)),
        removeParticipant: (id, number) =>
          update(id, (w, now) => removeParticipant(w, number, now)),
        finishTurn: (id, who, answers, notes) => {
          const current = get().workshops.find((w) => w.id === id);
          if (!current) return 'not-saved';
          const next = finishTurn(current, who, answers, notes, newId(), new Date());
          if (next === current) return 'full';
          set(({ workshops }) => ({ workshops: workshops.map((w) => (w.id === id ? next : w)) }));
          return lastWriteSucceeded(WORKSHOPS_KEY) ? 'saved' : 'not-saved';
        },
        addResponses: (id, incoming) => {
          const current = get().workshops.find((w) => w.id === id);
          if (!current)
            return {
              added: 0,
              replaced: 0,
              skipped: incoming.length,
              numbers: incoming.map(() => null),
            };
          const { workshop, ...counts } = addResponses(current, incoming, new Date());
          set(({ workshops }) => ({
            workshops: workshops.map((w) => (w.id === id ? workshop : w)),
          }));
          return counts;
        },
        setRevealed: (id, revealed) => update(id, (w, now) => touch(w, now, { revealed })),
        setPlan: (id, plan) => update(id, (w, now) => touch(w, now, { plan })),
        linkEarlier: (id, earlier) => {
          const current = get().workshops.find((w) => w.id === id);
          if (!current) return 'the workshop is no longer on this device.';
          const linked = linkEarlier(current, earlier, new Date());
          if (!linked.ok) return linked.message;
          set(({ workshops }) => ({
            workshops: workshops.map((w) => (w.id === id ? linked.value : w)),
          }));
          return lastWriteSucceeded(WORKSHOPS_KEY) ? null : 'this browser could not save it.';
        },
        reviewEarlierPlan: (id, review) => {
          update(id, (w, now) => reviewEarlierPlan(w, review, now));
          return lastWriteSucceeded(WORKSHOPS_KEY);
        },
        importWorkshop: (file, mode) => {
          // An anonymous workshop's file may come from an older version, with members' own ids.
          const workshop = withInsideIds(file);
          const exists = get().workshops.some((w) => w.id === workshop.id);
          if (exists && mode === 'replace') {
            set(({ workshops }) => ({
              workshops: workshops.map((w) => (w.id === workshop.id ? workshop : w)),
            }));
            return workshop.id;
          }
          const added = exists ? { ...workshop, id: newId() } : workshop;
          set(({ workshops }) => ({ workshops: [...workshops, added] }));
          return added.id;
        },
      };
    },
    persistOptions<WorkshopStore, { workshops: Workshop[] }>(
      {
        key: WORKSHOPS_KEY,
        version: SAVED_WORKSHOPS_VERSION,
        empty: () => ({ workshops: [] }),
        migrate: migrateSavedWorkshops,
        check: (state) => checkSavedWorkshops(state, checklist, scale),
      },
      (s) => ({ workshops: s.workshops }),
    ),
  ),
);

followOtherTabs(useWorkshopStore, WORKSHOPS_KEY);
