import { ABOUT_YOU_MAX_LENGTH } from '../assessment/assessment';
import type { Checklist } from '../content/types';
import type { PlanItem } from '../plan/planItem';
import type { EarlierWorkshop } from './earlier';
import type { AnswerValue } from '../scoring/answers';
import type { Participant } from '../group/aggregate';

/** How a participant's answers reached the workshop. */
export type ResponseSource = 'this-device' | 'file' | 'code';

export interface WorkshopResponse {
  /** The participant's assessment id (or a new id for a turn on the shared device). */
  responseId: string;
  source: ResponseSource;
  answers: Record<string, AnswerValue>;
  notes: Record<string, string>;
  receivedAt: string;
}

export interface WorkshopParticipant {
  /** Stable within the workshop: "Participant 3" stays Participant 3 when others are removed. */
  number: number;
  /** '' when not given; never stored for an anonymous workshop's imports. */
  name: string;
  /** null while a named participant is still to answer. */
  response: WorkshopResponse | null;
}

export interface WorkshopDetails {
  title: string;
  council: string;
  /** YYYY-MM-DD, or null. */
  date: string | null;
  /** Participants shown as "Participant 1…n" everywhere: screen, print and every export. */
  anonymous: boolean;
  /** How many members the facilitator expects to answer, so the page can say "5 of 8"; null if not set. */
  expectedCount?: number | null;
}

export interface Workshop extends WorkshopDetails {
  id: string;
  checklistId: string;
  checklistVersion: string;
  participants: WorkshopParticipant[];
  /** Group results stay hidden until the facilitator reveals them, so early answers steer no one. */
  revealed: boolean;
  /** The group action plan. */
  plan: PlanItem[];
  /** The earlier workshop of the same group this one is compared with (issue 10); null when none. */
  earlier: EarlierWorkshop | null;
  createdAt: string;
  updatedAt: string;
}

export const WORKSHOP_LIMITS = {
  title: 120,
  council: 200,
  name: ABOUT_YOU_MAX_LENGTH,
  /** Far above a cabinet; keeps a hostile file from filling the browser's storage. */
  participants: 500,
  /** The highest participant number; numbers above it are never given out (see nextNumber). */
  participantNumber: 1_000_000,
} as const;

export function newWorkshop(
  details: WorkshopDetails,
  checklist: Checklist,
  id: string,
  now: Date,
): Workshop {
  return {
    ...details,
    expectedCount: details.expectedCount ?? null,
    id,
    checklistId: checklist.id,
    checklistVersion: checklist.version,
    participants: [],
    revealed: false,
    plan: [],
    earlier: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

/** The only way a participant is named anywhere: their name, or "Participant n" when anonymous. */
export function participantLabel(workshop: Pick<Workshop, 'anonymous'>, p: WorkshopParticipant) {
  return workshop.anonymous || p.name.trim() === '' ? `Participant ${p.number}` : p.name;
}

/**
 * How many have answered and out of how many: the expected group size when the facilitator set one,
 * and never fewer than the participants already listed.
 */
export function answeredCount(workshop: Workshop): { answered: number; outOf: number } {
  const answered = workshop.participants.filter((p) => p.response !== null).length;
  const outOf = Math.max(workshop.expectedCount ?? 0, workshop.participants.length);
  return { answered, outOf };
}

export type Respondent = WorkshopParticipant & { response: WorkshopResponse };

/** Participants whose answers are in, in the order they were added. */
export const respondents = (workshop: Workshop): Respondent[] =>
  workshop.participants.filter((p): p is Respondent => p.response !== null);

/** The shape the group aggregation takes. */
export const groupParticipants = (workshop: Workshop): Participant[] =>
  respondents(workshop).map((p) => ({ id: String(p.number), answers: p.response.answers }));
