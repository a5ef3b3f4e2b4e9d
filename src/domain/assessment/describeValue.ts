/**
 * A value from an untrusted file, safe to put in a message. String() can throw (an object whose
 * toString is not a function), and a long value would swamp the message.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value === null ||
    value === undefined
  ) {
    return String(value);
  }
  return Array.isArray(value) ? 'a list' : 'an object';
}
