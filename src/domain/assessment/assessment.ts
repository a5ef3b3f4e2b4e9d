import type { Checklist } from '../content/types';
import type { PlanItem } from '../plan/planItem';
import type { AnswerValue } from '../scoring/answers';

/** Optional details, shown only on the printed summary. */
export interface AboutYou {
  name: string;
  role: string;
  council: string;
}

/** One leader's assessment against one checklist: everything the app keeps about it. */
export interface Assessment {
  /** Random and stable for this assessment: tells a workshop whether a response is already in. */
  id: string;
  checklistId: string;
  checklistVersion: string;
  answers: Record<string, AnswerValue>;
  /** "What makes you say that?" notes, by action id. */
  notes: Record<string, string>;
  aboutYou: AboutYou;
  /** The leader's action plan: at most five actions they commit to. */
  plan: PlanItem[];
  /** ISO date-times; null until the first answer. */
  startedAt: string | null;
  updatedAt: string | null;
}

export const NOTE_MAX_LENGTH = 1000;
export const ABOUT_YOU_MAX_LENGTH = 200;

/** A random id; crypto.randomUUID needs a secure context, which file:// is not everywhere. */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function emptyAssessment(checklist: Checklist): Assessment {
  return {
    id: newId(),
    checklistId: checklist.id,
    checklistVersion: checklist.version,
    answers: {},
    notes: {},
    aboutYou: { name: '', role: '', council: '' },
    plan: [],
    startedAt: null,
    updatedAt: null,
  };
}

export function hasStarted(a: Assessment): boolean {
  return (
    Object.keys(a.answers).length > 0 ||
    Object.values(a.notes).some((n) => n.trim() !== '') ||
    Object.values(a.aboutYou).some((v) => v.trim() !== '') ||
    a.plan.length > 0
  );
}

export function unansweredActions(
  checklist: Checklist,
  a: Assessment,
  sectionId?: string,
): string[] {
  return checklist.sections
    .filter((s) => sectionId === undefined || s.id === sectionId)
    .flatMap((s) => s.actions.map((x) => x.id))
    .filter((id) => a.answers[id] === undefined);
}

export const isComplete = (checklist: Checklist, a: Assessment) =>
  unansweredActions(checklist, a).length === 0;

/** Where "Continue where you left off" goes: the first section with a question left, else the check page. */
export function resumePoint(checklist: Checklist, a: Assessment): { sectionId: string } | 'check' {
  const section = checklist.sections.find((s) =>
    s.actions.some((x) => a.answers[x.id] === undefined),
  );
  return section ? { sectionId: section.id } : 'check';
}
