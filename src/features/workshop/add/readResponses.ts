import type { CheckResult } from '../../../domain/assessment/checkAssessment';
import type { ParticipantResponse } from '../../../domain/response/response';
import { decodeResponseCode } from '../../../domain/response/responseCode';
import { readResponseFile } from '../../../domain/response/responseFile';
import { describeValue } from '../../../domain/assessment/describeValue';
import { readFileText } from '../../../components/readFileText';
import { checklist, scale } from '../workshopContent';

/** One file or code as read: its own result, so one bad file never stops the others. */
export interface ReadItem {
  /** How the facilitator knows it: the file name, or "the code “KAI1-…”" (lower case: capitalised where it starts a sentence). */
  label: string;
  source: 'file' | 'code';
  result: CheckResult<ParticipantResponse>;
}

/** A response that was read without a problem, waiting to be added. */
export interface ReadyResponse {
  label: string;
  source: ReadItem['source'];
  response: ParticipantResponse;
}

/**
 * Response files as read. An anonymous workshop's page may be on the projector, and a file's name often
 * carries the participant's ("key-actions-response-alex-smith.json"), so there each is "file 3".
 */
export async function readResponseFiles(
  files: readonly File[],
  anonymous: boolean,
): Promise<ReadItem[]> {
  return Promise.all(
    files.map(async (file, i): Promise<ReadItem> => {
      const text = await readFileText(file);
      return {
        label: anonymous ? `file ${i + 1}` : `“${describeValue(file.name)}”`,
        source: 'file',
        result: text.ok ? readResponseFile(text.value, checklist, scale) : text,
      };
    }),
  );
}

/**
 * Pasted codes: one a line (several on one line are split where a new "KAI" starts); spaces inside a
 * code, as an email may add, are ignored by the decoder.
 */
export function readResponseCodes(text: string): ReadItem[] {
  const codes = text
    .split(/\r?\n|\s+(?=KAI\d)/i)
    .map((c) => c.trim())
    .filter(Boolean);
  return codes.map((code) => ({
    label: `the code “${code.length > 14 ? `${code.slice(0, 12)}…` : code}”`,
    source: 'code',
    result: decodeResponseCode(code, checklist, scale),
  }));
}
