import { newId } from '../domain/assessment/assessment';
import { checklistContent } from '../domain/content/load';
import type { PlanItem } from '../domain/plan/planItem';
import type { AnswerValue } from '../domain/scoring/answers';
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
import { WORKSHOPS_KEY, workshopsFormat } from '../domain/saved/formats/workshops';
import type { SaveResult } from '../domain/saved/result';
import { savedStore, type CommitOptions } from './savedStore';

const { checklist, scale } = checklistContent;
export { WORKSHOPS_KEY };

type Workshops = { workshops: Workshop[] };

interface WorkshopActions {
  /** The new workshop's id, once it is saved. */
  create(details: WorkshopDetails): { result: SaveResult; id: string };
  updateDetails(id: string, details: WorkshopDetails): SaveResult;
  remove(id: string): SaveResult;
  addNames(id: string, names: string[]): SaveResult;
  renameParticipant(id: string, number: number, name: string): SaveResult;
  removeParticipant(id: string, number: number): SaveResult;
  /**
   * Records a finished turn; `refused` when the workshop is full. Anything but `saved` means nothing
   * was recorded, and the caller still holds the answers.
   */
  finishTurn(
    id: string,
    who: TurnTaker,
    answers: Record<string, AnswerValue>,
    notes: Record<string, string>,
  ): SaveResult;
  /** The counts say what went in only when `result` is `saved`; otherwise nothing did. */
  addResponses(
    id: string,
    incoming: IncomingResponse[],
  ): Omit<AddResult, 'workshop'> & { result: SaveResult };
  setRevealed(id: string, revealed: boolean): SaveResult;
  setPlan(id: string, plan: PlanItem[]): SaveResult;
  /** Compares the workshop with an earlier one of the same group (null: with none). */
  linkEarlier(id: string, earlier: EarlierWorkshop | null): SaveResult;
  reviewEarlierPlan(id: string, review: PlanReviewItem[]): SaveResult;
  /** An imported workshop file: replaces the workshop with the same id, or is kept as a copy. */
  importWorkshop(workshop: Workshop, mode: 'replace' | 'copy'): { result: SaveResult; id: string };
}

const GONE: SaveResult = { kind: 'refused', reason: 'the workshop is no longer on this device.' };

export const useWorkshopStore = savedStore<Workshops, WorkshopActions>(
  workshopsFormat,
  (commitRaw) => {
    // Every write brings linked earlier workshops up to date with the workshops on this device.
    // Set-up edits stay on screen when not saved (the notice says so, as for answers); what a page
    // reports as done (a turn, responses, a link, a review, an import) is taken back instead.
    const commit = (
      change: (workshops: Workshop[]) => Workshop[] | SaveResult,
      options?: CommitOptions,
    ) =>
      commitRaw(({ workshops }) => {
        const next = change(workshops);
        return Array.isArray(next) ? { workshops: followEarlier(next, checklist, scale) } : next;
      }, options);
    /** Changes one workshop; a change that returns a result (a refusal) is not made. */
    const update = (
      id: string,
      change: (w: Workshop, now: Date) => Workshop | SaveResult,
      options?: CommitOptions,
    ) =>
      commit((workshops) => {
        const current = workshops.find((w) => w.id === id);
        if (!current) return GONE;
        const next = change(current, new Date());
        return 'kind' in next ? next : workshops.map((w) => (w.id === id ? next : w));
      }, options);
    const edit = (id: string, change: (w: Workshop, now: Date) => Workshop) =>
      update(id, change, { keepUnsaved: true });
    const touch = (w: Workshop, now: Date, change: Partial<Workshop>): Workshop => ({
      ...w,
      ...change,
      updatedAt: now.toISOString(),
    });
    return {
      create: (details) => {
        const workshop = newWorkshop(details, checklist, newId(), new Date());
        return {
          result: commit((all) => [...all, workshop], { keepUnsaved: true }),
          id: workshop.id,
        };
      },
      updateDetails: (id, details) => edit(id, (w, now) => changeDetails(w, details, now)),
      remove: (id) => commit((all) => all.filter((w) => w.id !== id), { keepUnsaved: true }),
      addNames: (id, names) => edit(id, (w, now) => addNames(w, names, now)),
      renameParticipant: (id, number, name) =>
        edit(id, (w, now) => renameParticipant(w, number, name, now)),
      removeParticipant: (id, number) => edit(id, (w, now) => removeParticipant(w, number, now)),
      finishTurn: (id, who, answers, notes) =>
        update(id, (w, now) => {
          const next = finishTurn(w, who, answers, notes, newId(), now);
          return next === w ? { kind: 'refused', reason: 'the workshop is full.' } : next;
        }),
      addResponses: (id, incoming) => {
        let counts: Omit<AddResult, 'workshop'> = {
          added: 0,
          replaced: 0,
          skipped: incoming.length,
          numbers: incoming.map(() => null),
        };
        const result = update(id, (w, now) => {
          const { workshop, ...made } = addResponses(w, incoming, now);
          counts = made;
          return workshop;
        });
        return { result, ...counts };
      },
      setRevealed: (id, revealed) => edit(id, (w, now) => touch(w, now, { revealed })),
      setPlan: (id, plan) => edit(id, (w, now) => touch(w, now, { plan })),
      linkEarlier: (id, earlier) =>
        update(id, (w, now) => {
          const linked = linkEarlier(w, earlier, now);
          return linked.ok ? linked.value : { kind: 'refused', reason: linked.message };
        }),
      reviewEarlierPlan: (id, review) => update(id, (w, now) => reviewEarlierPlan(w, review, now)),
      importWorkshop: (file, mode) => {
        // An anonymous workshop's file may come from an older version, with members' own ids.
        const workshop = withInsideIds(file);
        let id = workshop.id;
        const result = commit((all) => {
          const exists = all.some((w) => w.id === workshop.id);
          if (exists && mode === 'replace')
            return all.map((w) => (w.id === workshop.id ? workshop : w));
          const added = exists ? { ...workshop, id: newId() } : workshop;
          id = added.id;
          return [...all, added];
        });
        return { result, id };
      },
    };
  },
);
