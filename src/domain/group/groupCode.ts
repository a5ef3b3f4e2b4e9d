import type { CheckResult } from '../assessment/checkAssessment';
import type { Checklist, Scale } from '../content/types';
import { fromBase64url, toBase64url } from '../response/base64url';
import { BitReader, BitWriter, bitsFor } from '../response/bits';
import { crc16, utf8 } from '../response/crc16';
import { checkGroupFigures, type GroupFigures } from './figures';

/**
 * The group-results code: "KAG1-" and base64url characters, small enough for one QR code. Layout
 * (docs/formats.md):
 *
 *   bytes 0–1  CRC-16 of the checklist id
 *   byte  2    checklist version (0–255)
 *   bytes 3–4  P, the number of participants
 *   then       for each action in leaflet order, the count of each scale value and then of "not sure",
 *              each in the fewest bits that hold P, most significant bit first, zero-padded
 *   last 2     CRC-16 of everything before it
 */
export const GROUP_CODE_VERSION = 1;
export const GROUP_CODE_PREFIX = 'KAG';
/** The hash route a member's device opens: the app's address, then this, then the code. */
export const GROUP_ROUTE = '/group';
/** What a group results code looks like, said the same wherever one is pasted. */
export const GROUP_CODE_HINT = `It starts with ${GROUP_CODE_PREFIX}${GROUP_CODE_VERSION}-, or is an address with ${GROUP_ROUTE}/${GROUP_CODE_PREFIX}${GROUP_CODE_VERSION}- in it.`;

const fail = (message: string): CheckResult<never> => ({ ok: false, message });
const be16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];

export function encodeGroupCode(figures: GroupFigures, checklist: Checklist): CheckResult<string> {
  const version = Number(checklist.version);
  if (!Number.isInteger(version) || version < 0 || version > 255) {
    return fail('this checklist version cannot be put in a code; give out the file instead.');
  }
  const width = bitsFor(figures.participants);
  const bits = new BitWriter();
  for (const a of figures.actions) {
    for (const c of [...a.counts, a.notSure]) bits.write(c, width);
  }
  const body = [
    ...be16(crc16(utf8(checklist.id))),
    version,
    ...be16(figures.participants),
    ...bits.done(),
  ];
  const bytes = new Uint8Array([...body, ...be16(crc16(new Uint8Array(body)))]);
  return { ok: true, value: `${GROUP_CODE_PREFIX}${GROUP_CODE_VERSION}-${toBase64url(bytes)}` };
}

/** The address a phone's camera app opens: the app, at the page that shows the member the group. */
export const groupCodeUrl = (appAddress: string, code: string) =>
  `${appAddress}#${GROUP_ROUTE}/${code}`;

const MAX_TEXT = 2000;
const AGAIN = 'Scan or copy it again, in full.';

/**
 * Reads a group-results code, or an address with one at its end (as a pasted link would be). Spaces and
 * line breaks are ignored; every other problem is named, and nothing is guessed.
 */
export function decodeGroupCode(
  text: string,
  checklist: Checklist,
  scale: Scale,
): CheckResult<GroupFigures> {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return fail('the code is empty.');
  // No honest code or address is near this; a bound keeps a hostile paste from costing time.
  if (compact.length > MAX_TEXT) return fail('it is too long to be a group-results code.');
  const code = compact.slice(compact.lastIndexOf('/') + 1);
  const match = /^KAG(\d{1,3})-(.*)$/i.exec(code);
  if (!match) {
    if (/^KAI\d/i.test(code)) {
      return fail(
        "it is a participant's response code, not the group results: it goes to the facilitator.",
      );
    }
    return fail('it is not a group-results code: a group-results code starts with "KAG1-".');
  }
  const formatVersion = Number(match[1]);
  if (formatVersion > GROUP_CODE_VERSION) {
    return fail(
      `it was made by a newer version of this app (code format ${formatVersion}); use the group results file instead, or update this app.`,
    );
  }
  if (formatVersion !== GROUP_CODE_VERSION) {
    return fail('it is not a group-results code: a group-results code starts with "KAG1-".');
  }
  const bytes = fromBase64url(match[2]!);
  if (!bytes) return fail(`it has characters that a group-results code never has. ${AGAIN}`);
  if (bytes.length < 8) return fail(`it is too short to be a group-results code. ${AGAIN}`);
  const body = bytes.subarray(0, bytes.length - 2);
  const check = (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!;
  if (crc16(body) !== check) {
    return fail(`it does not check out: part of it may be missing or mistyped. ${AGAIN}`);
  }
  if (((body[0]! << 8) | body[1]!) !== crc16(utf8(checklist.id))) {
    return fail(`it is for a different checklist, not "${checklist.title}".`);
  }
  if (String(body[2]) !== checklist.version) {
    return fail(
      `it is for version ${body[2]} of the checklist; this app uses version ${checklist.version}.`,
    );
  }
  const participants = (body[3]! << 8) | body[4]!;
  const ids = checklist.sections.flatMap((s) => s.actions.map((a) => a.id));
  const perAction = scale.options.length + 1;
  const width = bitsFor(participants);
  const packed = body.subarray(5);
  if (packed.length !== Math.ceil((ids.length * perAction * width) / 8)) {
    return fail('it is not the length of a group-results code for this checklist.');
  }
  const reader = new BitReader(packed);
  const actions = ids.map((actionId) => {
    const values = Array.from({ length: perAction }, () => reader.read(width));
    return { actionId, counts: values.slice(0, -1), notSure: values.at(-1)! };
  });
  if (!reader.restIsZero()) return fail('it is not a group-results code for this checklist.');
  return checkGroupFigures(
    {
      checklistId: checklist.id,
      checklistVersion: checklist.version,
      participants,
      actions,
    },
    checklist,
    scale,
  );
}
