import { boundMessage } from '../domain/assessment/describeValue';
import { useSavedDataProblems } from './savedDataProblems';

/**
 * A migration step mended saved data (a plan date out of range, issue 26.12): the user is told what
 * changed, and the mended data is saved at once, so the same message does not come back on every visit.
 * Returns the text written, or undefined when nothing could be written.
 */
export function saveMended(
  key: string,
  saved: { state: unknown; version: number },
  notes: string[],
): string | undefined {
  useSavedDataProblems.getState().reportMended(key, notes.map(boundMessage));
  try {
    const text = JSON.stringify(saved);
    localStorage.setItem(key, text);
    return text;
  } catch {
    // Not saved now: it is mended again, and said again, on the next visit.
    return undefined;
  }
}
