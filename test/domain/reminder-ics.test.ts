import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, reminderCalendar, sixMonthsOn } from '../../src/domain/reminder/ics';
import { planEvents } from '../../src/domain/reminder/planEvents';
import type { PlanItem } from '../../src/domain/plan/planItem';
import { checklist } from './fixtures';

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
      // An alert at the start of the day before (issue 25.16).
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Reassess: Key Actions for Innovation',
      'TRIGGER:-P1D',
      'END:VALARM',
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

  it('adds an event for each dated action of the plan, each with its own stable UID and alarm', () => {
    const plan: PlanItem[] = [
      {
        actionId: 'delivery.monitor-progress',
        what: 'Quarterly review; with the cabinet',
        who: 'Chief executive',
        byWhen: '2027-03-31',
        measure: '',
      },
      { actionId: 'climate.encourage-creativity', what: 'x', who: '', byWhen: null, measure: '' },
      {
        actionId: 'climate.celebrate-achievements',
        what: 'y',
        who: '',
        byWhen: '2026-11-26',
        measure: '',
      },
    ];
    // Only dates from today (27 Nov 2026) on: the undated and the past actions have no event.
    const events = planEvents(plan, checklist, 'abc123', '2026-11-27');
    expect(events).toEqual([
      {
        uid: 'plan-abc123-delivery.monitor-progress@key-actions-for-innovation',
        date: '2027-03-31',
        summary: 'Plan due: Monitor progress closely',
        description:
          'What I will do: Quarterly review; with the cabinet\nWho I will involve: Chief executive',
      },
    ]);
    const text = reminderCalendar({
      date: '2027-05-27',
      uid: 'reassess-abc123@key-actions-for-innovation',
      summary: 'Reassess',
      description: 'Again',
      url: null,
      now: new Date('2026-11-27T14:30:05.123Z'),
      events,
    });
    const lines = text.split('\r\n');
    const second = lines.indexOf('END:VEVENT') + 1;
    expect(lines.slice(second)).toEqual([
      'BEGIN:VEVENT',
      'UID:plan-abc123-delivery.monitor-progress@key-actions-for-innovation',
      'DTSTAMP:20261127T143005Z',
      'DTSTART;VALUE=DATE:20270331',
      'DTEND;VALUE=DATE:20270401',
      'SUMMARY:Plan due: Monitor progress closely',
      // 12 + 16 + 16 + 2 + 17 + 2 + 10 = 75 octets, then a CRLF and a space; the semicolon escaped.
      'DESCRIPTION:What I will do: Quarterly review\\; with the cabinet\\nWho I will',
      '  involve: Chief executive',
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Plan due: Monitor progress closely',
      'TRIGGER:-P1D',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
    expect(text.match(/BEGIN:VALARM/g)).toHaveLength(2);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('refuses a date outside 1900 to 2100, which calendars cannot read (issue 26.12)', () => {
    const base = { uid: 'u', summary: 'S', description: 'D', url: null, now: new Date(0) };
    expect(() => reminderCalendar({ ...base, date: '9999-12-31' })).toThrow(/1900 to 2100/);
    expect(() => reminderCalendar({ ...base, date: '1899-12-31' })).toThrow(/1900 to 2100/);
    expect(() =>
      reminderCalendar({ ...base, date: '2100-12-31', events: [{ ...base, date: '2101-01-01' }] }),
    ).toThrow(/1900 to 2100/);
    expect(reminderCalendar({ ...base, date: '2100-12-31' })).toContain(
      'DTEND;VALUE=DATE:21010101',
    );
  });
});
