/**
 * The address members' phones open: where this app is hosted, without the page's route. Null for the
 * single-file build opened from disk: a phone cannot open a file on the facilitator's laptop.
 */
export function appAddress(): string | null {
  const { protocol, origin, pathname } = window.location;
  if (protocol !== 'http:' && protocol !== 'https:') return null;
  return origin + pathname;
}
