/**
 * One setting moves every clock the suites use, so that a run can prove no test depends on today's
 * date (issue 27): TEST_NOW=2026-12-31T23:30 (local time, as a user's clock would read) starts the
 * Node clock of unit and browser tests and the clock of every browser page at that moment; time then
 * runs on as usual. TZ=Pacific/Kiritimati sets the time zone of Node and of every browser context.
 * Unset, every clock is the machine's.
 */
export const testNow: Date | undefined = readNow(process.env.TEST_NOW);
export const testTimeZone: string | undefined = process.env.TZ || undefined;

function readNow(text: string | undefined): Date | undefined {
  if (!text) return undefined;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new Error(`TEST_NOW is not a date: "${text}"`);
  return date;
}
