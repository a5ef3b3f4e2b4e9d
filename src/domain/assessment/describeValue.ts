/**
 * A value from an untrusted file, safe to put in a message. String() can throw (an object whose
 * toString is not a function) or recurse without end (deeply nested lists), and a long value would
 * swamp the message: nothing untrusted is ever turned into text except through here.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}

/** As describeValue, with text in quotes, so "3" is told apart from 3. */
export const quoteValue = (value: unknown): string =>
  typeof value === 'string' ? `"${describeValue(value)}"` : describeValue(value);

/** The longest message the app shows about a file or saved data; the rest would only bury the point. */
export const MESSAGE_MAX_LENGTH = 300;

/** Cuts a message to MESSAGE_MAX_LENGTH, as a last guard behind describeValue. */
export function boundMessage(message: string): string {
  return message.length < MESSAGE_MAX_LENGTH
    ? message
    : `${message.slice(0, MESSAGE_MAX_LENGTH - 2)}…`;
}

/** A thrown error in a few words, for "it could not be read (…)". */
export function describeError(error: unknown): string {
  if (error instanceof RangeError) return 'it is nested too deeply';
  return error instanceof Error ? describeValue(error.name) : 'an unexpected error';
}
