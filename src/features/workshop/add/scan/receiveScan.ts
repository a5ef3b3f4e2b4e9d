import type { ParticipantResponse } from '../../../../domain/response/response';
import { decodeResponseCode } from '../../../../domain/response/responseCode';
import { findDuplicates, type OnDuplicate } from '../../../../domain/workshop/participants';
import { participantLabel, type Workshop } from '../../../../domain/workshop/workshop';
import { whyNotSaved } from '../../../../domain/saved/result';
import { useWorkshopStore } from '../../../../state/workshopStore';
import type { Checklist, Scale } from '../../../../domain/content/types';

/** What became of one scanned QR code, as listed on the scan page. */
export type Arrival =
  | { kind: 'added' | 'replaced'; label: string }
  | { kind: 'duplicate'; response: ParticipantResponse; existing: string }
  | { kind: 'problem'; message: string }
  | { kind: 'full' }
  /** Read, but this browser would not save it: nothing was added. */
  | { kind: 'not-saved'; message: string };

const current = (id: string) => useWorkshopStore.getState().workshops.find((w) => w.id === id);

const labelOf = (w: Workshop | undefined, responseId: string) => {
  const p = w?.participants.findLast((x) => x.response?.responseId === responseId);
  return p && w ? participantLabel(w, p) : 'A participant';
};
// By number: an anonymous workshop gives each response an id of its own, so the member's is not there.
const labelOfNumber = (w: Workshop | undefined, number: number | null | undefined) => {
  const p = w?.participants.find((x) => x.number === number);
  return p && w ? participantLabel(w, p) : 'A participant';
};

/** Adds one response to the workshop as the facilitator chose, and says what happened. */
export function addScanned(
  workshopId: string,
  response: ParticipantResponse,
  onDuplicate: OnDuplicate,
): Arrival {
  const { result, ...counts } = useWorkshopStore
    .getState()
    .addResponses(workshopId, [{ response, source: 'code', onDuplicate }]);
  // "Added" only after a checked write (issue 26 item 4): storage full says so, and counts nothing.
  if (result.kind !== 'saved') return { kind: 'not-saved', message: whyNotSaved(result) };
  if (counts.skipped > 0) return { kind: 'full' };
  return {
    kind: counts.replaced > 0 ? 'replaced' : 'added',
    label: labelOfNumber(current(workshopId), counts.numbers[0]),
  };
}

/**
 * One QR code's text, read once: a response goes straight in; one already in waits for the
 * facilitator's choice; anything else gets one message and changes nothing.
 */
export function receiveScan(
  workshopId: string,
  text: string,
  { checklist, scale }: { checklist: Checklist; scale: Scale },
): Arrival {
  if (/KAG\d+-/i.test(text)) {
    return {
      kind: 'problem',
      message:
        "it is the group results code, for members to take away, not a participant's response.",
    };
  }
  const read = decodeResponseCode(text, checklist, scale);
  if (!read.ok) return { kind: 'problem', message: read.message };
  const workshop = current(workshopId);
  if (workshop && findDuplicates(workshop, [read.value]).length > 0) {
    return {
      kind: 'duplicate',
      response: read.value,
      existing: labelOf(workshop, read.value.responseId),
    };
  }
  return addScanned(workshopId, read.value, 'keep-both');
}
