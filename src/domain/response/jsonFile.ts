import { forbiddenKey, isPlainObject, type CheckResult } from '../assessment/checkAssessment';

/** The "kind" written at the top of every file this app exports, so a file is never mistaken for another. */
export const FILE_KINDS = {
  assessment: 'key-actions-for-innovation/assessment',
  response: 'key-actions-for-innovation/response',
  workshop: 'key-actions-for-innovation/workshop',
  groupResults: 'key-actions-for-innovation/group-results',
  sector: 'key-actions-for-innovation/sector',
} as const;

const WHAT = {
  assessment: 'an exported assessment',
  response: 'a response file',
  workshop: 'a workshop file',
  groupResults: 'a group results file',
  sector: 'a sector file',
} as const;
const WHERE = {
  assessment: 'open it on the "Save, move and compare" page',
  response: 'add it on a workshop\'s "Add responses" page',
  workshop: 'import it on the Workshops page',
  groupResults: 'open it on the page "You and the group"',
  sector: "open it on your results or your group's results, to set them beside the sector",
} as const;

/**
 * Parses an imported file's text and checks the envelope every exported file shares: an object, no
 * unsafe keys, the expected kind, and a format version this build can read. The caller checks the rest.
 */
export function readEnvelope(
  text: string,
  expected: keyof typeof FILE_KINDS,
  currentVersion: number,
): CheckResult<Record<string, unknown>> {
  let value: unknown;
  try {
    // Some editors add a byte-order mark; it is not part of the JSON.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: `it is not ${WHAT[expected]} from this app (it is not JSON).` };
  }
  if (!isPlainObject(value)) {
    return { ok: false, message: `it is not ${WHAT[expected]} from this app.` };
  }
  const bad = forbiddenKey(value);
  if (bad) return { ok: false, message: `it contains a key named "${bad}", which is not allowed.` };
  for (const [kind, name] of Object.entries(FILE_KINDS) as [keyof typeof FILE_KINDS, string][]) {
    if (kind !== expected && value.kind === name) {
      return {
        ok: false,
        message: `it is ${WHAT[kind]}, not ${WHAT[expected]}: ${WHERE[kind]}.`,
      };
    }
  }
  if (value.kind !== FILE_KINDS[expected]) {
    return { ok: false, message: `it is not ${WHAT[expected]} from this app.` };
  }
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: 'its format version is missing.' };
  }
  if (version > currentVersion) {
    return {
      ok: false,
      message: `it was made by a newer version of this app (format ${version}; this one reads up to ${currentVersion}).`,
    };
  }
  return { ok: true, value };
}
