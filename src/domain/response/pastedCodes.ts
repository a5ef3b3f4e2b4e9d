import { RESPONSE_CODE_PREFIX } from './responseCode';

/**
 * Reads the text pasted into the response-code box (docs/formats.md, "Response code"): one code a
 * line, several on one line split where a new code starts, and a code broken across lines (as an email
 * wraps it) read as one. The decoder reads each code and its version; this only finds where each starts.
 */

/**
 * How many codes the box holds and one press of the button reads. A browser takes seconds to lay out
 * a text box of 20,000 lines (about 5 s in Chromium), so a bigger paste is kept aside and comes into
 * the box this many at a time.
 */
export const CODES_AT_ONCE = 100;

/** "KAI", a format version, "-": the start of a code of any version, as the decoder reads it. */
const START = new RegExp(`^${RESPONSE_CODE_PREFIX}\\d{1,3}-`, 'i');
/** Within a line, a new code starts after a space. */
const SPLIT = new RegExp(`\\s+(?=${RESPONSE_CODE_PREFIX}\\d{1,3}-)`, 'i');
/** The start of a code cut short by a line break: "K", "KA", "KAI", "KAI1". */
function isCutStart(piece: string): boolean {
  const m = /^([a-z]{1,3})(\d{0,3})$/i.exec(piece);
  if (!m) return false;
  const letters = m[1]!.toUpperCase();
  return m[2] === '' ? RESPONSE_CODE_PREFIX.startsWith(letters) : letters === RESPONSE_CODE_PREFIX;
}
/** A piece of a code: only the characters a code body has (base64url). */
const PIECE = /^[A-Za-z0-9_-]+$/;

export interface PastedCodes {
  /** At most `limit` codes, each as pasted, its lines joined (the decoder ignores spaces in it). */
  codes: string[];
  /** The text those codes came from, exactly as pasted. */
  head: string;
  /** The text from the first code not read, exactly as pasted; '' when every code was read. */
  rest: string;
  /** How many codes `rest` holds. */
  restCount: number;
}

export function readPastedCodes(text: string, limit = CODES_AT_ONCE): PastedCodes {
  const codes: string[] = [];
  /** Where each code starts in `text`, to cut the rest there. */
  const starts: number[] = [];
  let continues = false;
  // Each line with its offset; CRLF, LF and CR all end a line.
  const linePattern = /[^\r\n]+/g;
  for (let m = linePattern.exec(text); m; m = linePattern.exec(text)) {
    let cursor = 0;
    for (const part of m[0].split(SPLIT)) {
      const piece = part.trim();
      const at = m[0].indexOf(piece, cursor);
      cursor = at + piece.length;
      if (piece === '') continue;
      if (continues && !START.test(piece) && PIECE.test(piece.replace(/\s+/g, ''))) {
        codes[codes.length - 1] += piece;
        continue;
      }
      codes.push(piece);
      starts.push(m.index + at);
      continues = START.test(piece) || isCutStart(piece);
    }
  }
  const more = codes.length > limit;
  return {
    codes: codes.slice(0, limit),
    head: more ? text.slice(0, starts[limit]).trimEnd() : text,
    rest: more ? text.slice(starts[limit]) : '',
    restCount: Math.max(0, codes.length - limit),
  };
}
