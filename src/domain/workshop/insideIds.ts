import { newId } from '../assessment/assessment';
import type { Workshop, WorkshopDetails } from './workshop';

/**
 * An anonymous workshop keeps no id that exists outside it (issue 26 item 9). A response arrives with
 * the member's own assessment id, which also sits in their named response files and on their device;
 * kept, it would link an "anonymous" answer to a person. So an anonymous workshop gives every response
 * an id made inside it, on arrival, and when a workshop is made anonymous, imported or migrated.
 */
export type InsideId = () => string;

/** Every response of an anonymous workshop with a new id made here; a named workshop is unchanged. */
export function withInsideIds(w: Workshop, insideId: InsideId = newId): Workshop {
  if (!w.anonymous) return w;
  return {
    ...w,
    participants: w.participants.map((p) =>
      p.response ? { ...p, response: { ...p.response, responseId: insideId() } } : p,
    ),
  };
}

/**
 * New details; a workshop made anonymous forgets every stored name and every member's own id at once,
 * not only on screen.
 */
export function changeDetails(
  w: Workshop,
  details: WorkshopDetails,
  now: Date,
  insideId: InsideId = newId,
): Workshop {
  if (!details.anonymous || w.anonymous) {
    return { ...w, ...details, updatedAt: now.toISOString() };
  }
  const participants = w.participants.map((p) => ({ ...p, name: '' }));
  return withInsideIds({ ...w, ...details, participants, updatedAt: now.toISOString() }, insideId);
}
