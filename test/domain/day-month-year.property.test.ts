import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayMonthYear, formatDate } from '../../src/domain/display';

// Dates are written by hand, not by Intl (a phone's first Intl date formatter costs a tenth of a
// second): they must read exactly as en-GB's Intl writes them, in any time zone the suite runs in.
const dates = fc.date({
  min: new Date('1000-01-01T00:00:00Z'),
  max: new Date('9999-12-31T23:59:59Z'),
  noInvalidDate: true,
});

describe('a date written as day, month and year', () => {
  it('reads as en-GB Intl writes it, long and short, local and UTC', () => {
    fc.assert(
      fc.property(dates, fc.boolean(), fc.boolean(), (date, short, utc) => {
        const intl = date.toLocaleDateString('en-GB', {
          day: 'numeric',
          month: short ? 'short' : 'long',
          year: 'numeric',
          ...(utc ? { timeZone: 'UTC' } : {}),
        });
        expect(dayMonthYear(date, { short, utc })).toBe(intl);
      }),
      { numRuns: 500 },
    );
  });

  it('writes September short as en-GB does, and a stored date on its own day', () => {
    expect(dayMonthYear(new Date('2026-09-03T12:00:00Z'), { short: true, utc: true })).toBe(
      '3 Sept 2026',
    );
    expect(formatDate('2027-03-31')).toBe('31 March 2027');
    expect(formatDate('0099-01-01')).toBe('1 January 99');
  });
});
