import { boundMessage } from '../domain/assessment/describeValue';
import { useSavedDataProblems } from './savedDataProblems';

/**
 * A migration step mended saved data (a plan date out of range, issue 26.12): the user is told what
 * changed, and the mended data is saved at once, so the same message does not come back on every visit.
 */
export function saveMended(
  key: string,
  saved: { state: unknown; version: number },
  notes: string[],
) {
  useSavedDataProblems.getState().reportMended(key, notes.map(boundMessage));
  try {
    localStorage.setItem(key, JSON.stringify(saved));
  } catch {
    // Not saved now: it is mended again, and said again, on the next visit.
  }
}
