import type { ParticipantResponse } from '../response/response';
import type { AnswerValue } from '../scoring/answers';
import type { InsideId } from './insideIds';
import { newId } from '../assessment/assessment';
import {
  WORKSHOP_LIMITS,
  type ResponseSource,
  type Workshop,
  type WorkshopParticipant,
} from './workshop';

// Pure changes to a workshop's participants. Each returns a new workshop and never drops answers that
// are already in, except where the facilitator explicitly chose to replace or remove them.

/**
 * The number the next participant is shown as: one above the highest, so numbers stay stable. A file can
 * bring in the highest number allowed; then the lowest free number is used, never one the check refuses.
 */
export function nextNumber(w: Pick<Workshop, 'participants'>): number {
  const highest = w.participants.reduce((n, p) => Math.max(n, p.number), 0);
  if (highest < WORKSHOP_LIMITS.participantNumber) return highest + 1;
  const used = new Set(w.participants.map((p) => p.number));
  let n = 1;
  while (used.has(n)) n++;
  return n;
}

/** No one more can join: the workshop holds the most participants it may. */
export const isFull = (w: Pick<Workshop, 'participants'>) =>
  w.participants.length >= WORKSHOP_LIMITS.participants;
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const touched = (w: Workshop, participants: WorkshopParticipant[], now: Date): Workshop => ({
  ...w,
  participants,
  updatedAt: now.toISOString(),
});

/** Adds named participants who are still to answer; blank names and names already listed are skipped. */
export function addNames(w: Workshop, names: readonly string[], now: Date): Workshop {
  const participants = [...w.participants];
  for (const raw of names) {
    const name = raw.trim().slice(0, WORKSHOP_LIMITS.name);
    if (!name || participants.some((p) => same(p.name, name))) continue;
    if (participants.length >= WORKSHOP_LIMITS.participants) break;
    participants.push({ number: nextNumber({ ...w, participants }), name, response: null });
  }
  return touched(w, participants, now);
}

export function renameParticipant(w: Workshop, number: number, name: string, now: Date): Workshop {
  return touched(
    w,
    w.participants.map((p) =>
      p.number === number ? { ...p, name: name.trim().slice(0, WORKSHOP_LIMITS.name) } : p,
    ),
    now,
  );
}

export function removeParticipant(w: Workshop, number: number, now: Date): Workshop {
  return touched(
    w,
    w.participants.filter((p) => p.number !== number),
    now,
  );
}

/** Who takes a turn on the shared device: a listed participant still to answer, or someone new. */
export type TurnTaker = { number: number } | { name: string };

/** Records a finished turn on the shared device; a full workshop is returned unchanged (see isFull). */
export function finishTurn(
  w: Workshop,
  who: TurnTaker,
  answers: Record<string, AnswerValue>,
  notes: Record<string, string>,
  responseId: string,
  now: Date,
): Workshop {
  const response = {
    responseId,
    source: 'this-device' as const,
    answers,
    notes,
    receivedAt: now.toISOString(),
  };
  if ('number' in who) {
    const listed = w.participants.find((p) => p.number === who.number && p.response === null);
    if (listed) {
      return touched(
        w,
        w.participants.map((p) => (p === listed ? { ...p, response } : p)),
        now,
      );
    }
  }
  if (isFull(w)) return w;
  const name = 'name' in who && !w.anonymous ? who.name.trim().slice(0, WORKSHOP_LIMITS.name) : '';
  return touched(w, [...w.participants, { number: nextNumber(w), name, response }], now);
}

/**
 * Indexes of incoming responses whose response id is already in the workshop, or earlier in the same
 * batch: the facilitator chooses for each whether it replaces the answers already in or is kept as well.
 */
export function findDuplicates(w: Workshop, incoming: readonly ParticipantResponse[]): number[] {
  const seen = new Set(w.participants.flatMap((p) => (p.response ? [p.response.responseId] : [])));
  const duplicates: number[] = [];
  incoming.forEach((r, i) => {
    if (seen.has(r.responseId)) duplicates.push(i);
    seen.add(r.responseId);
  });
  return duplicates;
}

export type OnDuplicate = 'replace' | 'keep-both';

export interface IncomingResponse {
  response: ParticipantResponse;
  source: ResponseSource;
  /** Only consulted when the response id is already in. */
  onDuplicate: OnDuplicate;
}

export interface AddResult {
  workshop: Workshop;
  added: number;
  replaced: number;
  /** Responses left out because the workshop is full. */
  skipped: number;
  /** The participant number each incoming response went to, in order; null when left out. */
  numbers: (number | null)[];
}

/**
 * Adds responses in order. A named response fills a listed participant of the same name who is still to
 * answer; an anonymous workshop never stores the names that files and codes carry, nor the member's own
 * id: each response gets an id made inside the workshop (insideIds.ts).
 */
export function addResponses(
  w: Workshop,
  incoming: readonly IncomingResponse[],
  now: Date,
  insideId: InsideId = newId,
): AddResult {
  let participants = [...w.participants];
  let added = 0;
  let replaced = 0;
  let skipped = 0;
  const numbers: (number | null)[] = [];
  // An anonymous workshop can still tell the same member's answers apart within one batch, here only.
  const thisBatch = new Map<string, number>();
  for (const { response: r, source, onDuplicate } of incoming) {
    const response = {
      responseId: w.anonymous ? insideId() : r.responseId,
      source,
      answers: r.answers,
      notes: r.notes,
      receivedAt: now.toISOString(),
    };
    const name = w.anonymous ? '' : r.name.trim();
    const earlier = thisBatch.get(r.responseId);
    const existing = participants.find((p) =>
      w.anonymous ? p.number === earlier : p.response?.responseId === r.responseId,
    );
    if (existing && onDuplicate === 'replace') {
      participants = participants.map((p) =>
        p === existing ? { ...p, name: p.name || name, response } : p,
      );
      replaced++;
      numbers.push(existing.number);
      continue;
    }
    const waiting = name
      ? participants.find((p) => p.response === null && same(p.name, name))
      : undefined;
    if (waiting) {
      participants = participants.map((p) => (p === waiting ? { ...p, response } : p));
      added++;
      numbers.push(waiting.number);
      thisBatch.set(r.responseId, waiting.number);
      continue;
    }
    if (participants.length >= WORKSHOP_LIMITS.participants) {
      skipped++;
      numbers.push(null);
      continue;
    }
    const number = nextNumber({ ...w, participants });
    participants.push({ number, name, response });
    added++;
    numbers.push(number);
    thisBatch.set(r.responseId, number);
  }
  return { workshop: touched(w, participants, now), added, replaced, skipped, numbers };
}

// Kept with the other changes to participants for the callers' sake; it lives beside withInsideIds.
export { changeDetails } from './insideIds';
