import { describe, expect, it } from 'vitest';
import { csvField, responsesCsv } from '../../src/domain/workshop/csv';
import { addResponses } from '../../src/domain/workshop/participants';
import { checklist, scale } from './fixtures';
import { emptyWorkshop, fivePersonWorkshop, NOW, response } from './workshop-fixtures';

describe('CSV export', () => {
  it('quotes fields as RFC 4180 says, and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(3)).toBe('3');
  });

  it('writes a BOM, a header and one row per participant and action (worked by hand)', () => {
    const w = addResponses(
      { ...emptyWorkshop(), title: 'Cabinet, "away" day' },
      [
        {
          response: response(
            'r1',
            'Ann',
            { 'climate.encourage-creativity': 3, 'climate.invite-external-challenge': 'not-sure' },
            {
              'climate.encourage-creativity': 'Ideas day,\nmonthly',
            },
          ),
          source: 'file',
          onDuplicate: 'keep-both',
        },
      ],
      NOW,
    ).workshop;
    const csv = responsesCsv(w, checklist, scale);
    expect(
      csv.startsWith('\uFEFFWorkshop,Participant,Section,Action id,Action,Value,Answer,Note\r\n'),
    ).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows).toHaveLength(1 + 20 + 1); // header, 20 actions, and the final line end
    expect(rows[1]).toBe(
      '"Cabinet, ""away"" day",Ann,Create the climate for innovation,climate.encourage-creativity,Encourage creativity,3,To a large extent,"Ideas day,\nmonthly"',
    );
    expect(rows[2]).toBe(
      '"Cabinet, ""away"" day",Ann,Create the climate for innovation,climate.invite-external-challenge,Invite external challenges,,Not sure,',
    );
    expect(rows[3]).toContain(
      ',climate.look-for-fresh-ideas,Proactively look for fresh ideas, internally and externally'.replace(
        'Proactively look for fresh ideas, internally and externally',
        '"Proactively look for fresh ideas, internally and externally"',
      ),
    );
    expect(rows[3]!.endsWith(',,Not answered,')).toBe(true);
    expect(rows[21]).toBe('');
  });

  it('has no names in it when the workshop is anonymous', () => {
    const csv = responsesCsv(fivePersonWorkshop(true), checklist, scale);
    expect(csv).not.toMatch(/\b(Asha|Ben|Chris|Dee|Eve)\b/);
    expect(csv.split('\r\n').filter((r) => r.includes(',Participant 5,'))).toHaveLength(20);
    expect(csv.split('\r\n')).toHaveLength(1 + 5 * 20 + 1);
  });
});
