import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { emptyAssessment, type AboutYou, type Assessment } from '../domain/assessment/assessment';
import {
  checkSavedAssessment,
  migrateSavedAssessment,
  SAVED_ASSESSMENT_VERSION,
} from '../domain/assessment/migrateAssessment';
import { checklistContent } from '../domain/content/load';
import type { PlanItem } from '../domain/plan/planItem';
import type { AnswerValue } from '../domain/scoring/answers';
import { followOtherTabs, persistOptions } from './savedFormat';

const { checklist, scale } = checklistContent;
export const ASSESSMENT_KEY = 'kai.assessment';

interface AssessmentStore {
  assessment: Assessment;
  setAnswer(actionId: string, value: AnswerValue): void;
  setNote(actionId: string, note: string): void;
  setAboutYou(aboutYou: AboutYou): void;
  setPlan(plan: PlanItem[]): void;
  /** Replaces the whole assessment (import, start again). */
  replace(assessment: Assessment): void;
  reset(): void;
}

function touched(a: Assessment, change: Partial<Assessment>): Assessment {
  const now = new Date().toISOString();
  return { ...a, ...change, startedAt: a.startedAt ?? now, updatedAt: now };
}

export const useAssessmentStore = create<AssessmentStore>()(
  persist(
    (set) => ({
      assessment: emptyAssessment(checklist),
      setAnswer: (actionId, value) =>
        set(({ assessment }) => ({
          assessment: touched(assessment, {
            answers: { ...assessment.answers, [actionId]: value },
          }),
        })),
      setNote: (actionId, note) =>
        set(({ assessment }) => ({
          assessment: touched(assessment, { notes: { ...assessment.notes, [actionId]: note } }),
        })),
      setAboutYou: (aboutYou) =>
        set(({ assessment }) => ({ assessment: touched(assessment, { aboutYou }) })),
      setPlan: (plan) => set(({ assessment }) => ({ assessment: touched(assessment, { plan }) })),
      replace: (assessment) => set({ assessment }),
      reset: () => set({ assessment: emptyAssessment(checklist) }),
    }),
    persistOptions<AssessmentStore, { assessment: Assessment }>(
      {
        key: ASSESSMENT_KEY,
        version: SAVED_ASSESSMENT_VERSION,
        empty: () => ({ assessment: emptyAssessment(checklist) }),
        migrate: migrateSavedAssessment,
        check: (state) => checkSavedAssessment(state, checklist, scale),
      },
      (s) => ({ assessment: s.assessment }),
    ),
  ),
);

followOtherTabs(useAssessmentStore, ASSESSMENT_KEY);
