import type { CheckResult } from '../../../domain/assessment/check';
import type { ParticipantResponse } from '../../../domain/response/response';
import { decodeResponseCode } from '../../../domain/response/responseCode';
import { readResponseFile } from '../../../domain/response/responseFile';
import { readFileText } from '../../../components/readFileText';
import { checklist, scale } from '../workshopContent';

/** One file or code as read: its own result, so one bad file never stops the others. */
export interface ReadItem {
  /** How the facilitator knows it: the file name, or "the code “KAI1-…”" (lower case: capitalised where it starts a sentence). */
  label: string;
  source: 'file' | 'code';
  result: CheckResult<ParticipantResponse>;
}

export async function readResponseFiles(files: readonly File[]): Promise<ReadItem[]> {
  return Promise.all(
    files.map(async (file): Promise<ReadItem> => {
      const text = await readFileText(file);
      return {
        label: `“${file.name}”`,
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
