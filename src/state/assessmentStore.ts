import { emptyAssessment, type AboutYou, type Assessment } from '../domain/assessment/assessment';
import { checklistContent } from '../domain/content/load';
import { ASSESSMENT_KEY, assessmentFormat } from '../domain/saved/formats/assessment';
import type { PlanItem } from '../domain/plan/planItem';
import type { SaveResult } from '../domain/saved/result';
import type { AnswerValue } from '../domain/scoring/answers';
import { savedStore } from './savedStore';

const { checklist } = checklistContent;
export { ASSESSMENT_KEY };

interface AssessmentActions {
  setAnswer(actionId: string, value: AnswerValue): SaveResult;
  setNote(actionId: string, note: string): SaveResult;
  /** Saves only the fields given: what the user changed, never a stale copy of the others. */
  setAboutYou(changes: Partial<AboutYou>): SaveResult;
  /**
   * Saves the plan made from `basedOn`; `changed-elsewhere` when the saved plan is no longer that
   * (another tab changed it, or deleted it), so a stale form never writes over it.
   */
  setPlan(plan: PlanItem[], basedOn?: readonly PlanItem[]): SaveResult;
  /** Replaces the whole assessment (import, start again). */
  replace(assessment: Assessment): SaveResult;
  reset(): SaveResult;
}

function touched(a: Assessment, change: Partial<Assessment>): Assessment {
  const now = new Date().toISOString();
  return { ...a, ...change, startedAt: a.startedAt ?? now, updatedAt: now };
}

const samePlan = (a: readonly PlanItem[], b: readonly PlanItem[]) =>
  JSON.stringify(a) === JSON.stringify(b);

export const useAssessmentStore = savedStore<{ assessment: Assessment }, AssessmentActions>(
  assessmentFormat,
  (commit) => {
    // What is typed stays on screen when storage is full; the notice says it is not saved yet.
    const typed = (change: (a: Assessment) => Partial<Assessment>) =>
      commit(({ assessment }) => ({ assessment: touched(assessment, change(assessment)) }), {
        keepUnsaved: true,
      });
    return {
      setAnswer: (actionId, value) =>
        typed((a) => ({ answers: { ...a.answers, [actionId]: value } })),
      setNote: (actionId, note) => typed((a) => ({ notes: { ...a.notes, [actionId]: note } })),
      setAboutYou: (changes) => typed((a) => ({ aboutYou: { ...a.aboutYou, ...changes } })),
      setPlan: (plan, basedOn) =>
        commit(({ assessment }) =>
          basedOn && !samePlan(assessment.plan, basedOn)
            ? { kind: 'changed-elsewhere' }
            : { assessment: touched(assessment, { plan }) },
        ),
      replace: (assessment) => commit(() => ({ assessment })),
      reset: () => commit(() => ({ assessment: emptyAssessment(checklist) })),
    };
  },
);
