import type { Checklist, Scale } from '../content/types';
import { answerStatus, type AnswerStatus, type Answers, type AnswerValue } from './answers';
import { mean } from './stats';

export interface ActionResult {
  actionId: string;
  sectionId: string;
  /** Position in the leaflet, 0-based across all sections. */
  order: number;
  status: AnswerStatus;
  value: number | null;
  /** 0–100, or null when not answered or "not sure". */
  score: number | null;
  gap: number | null;
}

export interface SectionResult {
  sectionId: string;
  /** Mean of the answered actions' scores; null when none is answered (not zero). */
  score: number | null;
  gap: number | null;
  answered: number;
  notSure: number;
  unanswered: number;
  total: number;
}

export interface AssessmentResult {
  actions: ActionResult[];
  sections: SectionResult[];
  /** Mean of the section scores, each section weighing the same; null when no section has a score. */
  overall: number | null;
  overallGap: number | null;
  /** Actions answered at the top two scale points ("to a large extent" or "fully"). */
  coverage: number;
  total: number;
  notSure: number;
  unanswered: number;
}

export function scaleMax(scale: Scale): number {
  return Math.max(...scale.options.map((o) => o.value));
}

export function actionScore(value: AnswerValue | undefined, max: number): number | null {
  return typeof value === 'number' ? (value / max) * 100 : null;
}

/**
 * A section's score from the sum and count of its answered values. Equal to the mean of the action
 * scores, computed from whole numbers so that personal and group results agree to the last digit.
 */
export function sectionScoreFrom(sum: number, answered: number, max: number): number | null {
  return answered === 0 ? null : (sum / (answered * max)) * 100;
}

export const gapOf = (score: number | null): number | null => (score === null ? null : 100 - score);

/** Whether a value counts towards coverage: the top two points of the scale (3 and 4 of 0–4). */
export const isCovered = (value: number | null, max: number): boolean =>
  value !== null && value >= max - 1;

export function scoreAssessment(
  checklist: Checklist,
  scale: Scale,
  answers: Answers,
): AssessmentResult {
  const max = scaleMax(scale);
  const actions: ActionResult[] = [];
  const sections: SectionResult[] = [];
  let order = 0;

  for (const section of checklist.sections) {
    let sum = 0;
    let answered = 0;
    let notSure = 0;
    let unanswered = 0;
    for (const action of section.actions) {
      const raw = answers[action.id];
      const status = answerStatus(raw);
      const score = actionScore(raw, max);
      if (status === 'not-sure') notSure++;
      if (status === 'unanswered') unanswered++;
      if (typeof raw === 'number') {
        sum += raw;
        answered++;
      }
      actions.push({
        actionId: action.id,
        sectionId: section.id,
        order: order++,
        status,
        value: typeof raw === 'number' ? raw : null,
        score,
        gap: gapOf(score),
      });
    }
    const score = sectionScoreFrom(sum, answered, max);
    sections.push({
      sectionId: section.id,
      score,
      gap: gapOf(score),
      answered,
      notSure,
      unanswered,
      total: section.actions.length,
    });
  }

  const overall = mean(sections.flatMap((s) => (s.score === null ? [] : [s.score])));
  const coverage = actions.filter((a) => isCovered(a.value, max)).length;
  return {
    actions,
    sections,
    overall,
    overallGap: gapOf(overall),
    coverage,
    total: actions.length,
    notSure: actions.filter((a) => a.status === 'not-sure').length,
    unanswered: actions.filter((a) => a.status === 'unanswered').length,
  };
}
