import type { CheckResult } from '../../../domain/assessment/checkAssessment';
import type { ParticipantResponse } from '../../../domain/response/response';
import { readPastedCodes } from '../../../domain/response/pastedCodes';
import { decodeResponseCode } from '../../../domain/response/responseCode';
import { readResponseFile } from '../../../domain/response/responseFile';
import { describeValue } from '../../../domain/assessment/describeValue';
import { readFileText } from '../../../components/readFileText';
import type { Checklist, Scale } from '../../../domain/content/types';

/** What a response is read against. */
type Content = { checklist: Checklist; scale: Scale };

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
  { checklist, scale }: Content,
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

/** What one press of "Add the codes" read, and what it left in the box for the next press. */
export interface ReadCodes {
  items: ReadItem[];
  /** The text of the codes not read yet, exactly as pasted ('' when none). */
  rest: string;
  restCount: number;
}

/**
 * Pasted codes (docs/formats.md): at most CODES_AT_ONCE a press, so that thousands of lines never
 * hold the page up; the rest stays in the box.
 */
export function readResponseCodes(text: string, { checklist, scale }: Content): ReadCodes {
  const { codes, rest, restCount } = readPastedCodes(text);
  const items = codes.map((code): ReadItem => ({
    label: `the code “${code.length > 14 ? `${code.slice(0, 12)}…` : code}”`,
    source: 'code',
    result: decodeResponseCode(code, checklist, scale),
  }));
  return { items, rest, restCount };
}
