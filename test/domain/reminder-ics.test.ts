import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, reminderCalendar, sixMonthsOn } from '../../src/domain/reminder/ics';

describe('reassessment reminder (.ics)', () => {
  it('writes one all-day event, CRLF line ends, exactly as worked out by hand', () => {
    const text = reminderCalendar({
      date: '2027-05-27',
      uid: 'reassess-abc123@key-actions-for-innovation',
      summary: 'Reassess: Key Actions for Innovation',
      description: 'Answer the 20 questions again, then compare; your history is on this device.',
      url: 'https://example.org/kai/',
      now: new Date('2026-11-27T14:30:05.123Z'),
    });
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Key Actions for Innovation//Reassessment reminder//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:reassess-abc123@key-actions-for-innovation',
      'DTSTAMP:20261127T143005Z',
      'DTSTART;VALUE=DATE:20270527',
      'DTEND;VALUE=DATE:20270528',
      'SUMMARY:Reassess: Key Actions for Innovation',
      // 75 octets, then the rest after a CRLF and a space; the comma and semicolon escaped.
      'DESCRIPTION:Answer the 20 questions again\\, then compare\\; your history is ',
      ' on this device.\\nhttps://example.org/kai/',
      'URL:https://example.org/kai/',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('leaves the address out when the app is not hosted', () => {
    const text = reminderCalendar({
      date: '2027-12-31',
      uid: 'u',
      summary: 'S',
      description: 'D',
      url: null,
      now: new Date('2026-01-01T00:00:00Z'),
    });
    expect(text).toContain('DESCRIPTION:D\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20280101\r\n');
    expect(text).not.toContain('URL:');
  });

  it('folds at 75 octets without splitting a character', () => {
    const line = 'DESCRIPTION:' + 'é'.repeat(40); // 12 + 80 octets
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    const octets = lines.map((l) => new TextEncoder().encode(l).length);
    // 12 + 31 × 2 = 74: one more 2-octet character would make 76. Then a space and 9 × 2.
    expect(octets).toEqual([74, 19]);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe('x'.repeat(75) + '\r\n x');
  });

  it('escapes text values', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('proposes six months on, on the nearest real day', () => {
    expect(sixMonthsOn('2026-11-27')).toBe('2027-05-27');
    expect(sixMonthsOn('2026-08-31')).toBe('2027-02-28');
    expect(sixMonthsOn('2027-08-31')).toBe('2028-02-29');
  });
});
