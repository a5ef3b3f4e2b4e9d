import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAssessment } from '../../src/domain/assessment/checkAssessment';
import {
  checkSavedAssessment,
  migrateSavedAssessment,
} from '../../src/domain/assessment/migrateAssessment';
import { checkSavedSnapshots, migrateSavedSnapshots } from '../../src/domain/assessment/snapshot';
import { checkSavedHistory, migrateSavedHistory } from '../../src/domain/history/saved';
import { checkFutureDate, isPlanDate } from '../../src/domain/plan/date';
import { checkGroupPlan } from '../../src/domain/workshop/checkGroupPlan';
import {
  checkSavedWorkshops,
  migrateSavedWorkshops,
} from '../../src/domain/workshop/migrateWorkshop';
import { checklist, scale } from './fixtures';

// Issue 26.12: plan and reminder dates run from 1900 to 2100, on write and on load alike; a saved date
// outside that range is cleared by a migration step, with a message, never held as damaged.

const fixtures = join(import.meta.dirname, '../fixtures');
const fixture = (name: string) => JSON.parse(readFileSync(join(fixtures, name), 'utf8'));
const parts = (iso: string) => {
  const [year, month, day] = iso.split('-');
  return { day: day!, month: month!, year: year! };
};

describe('one check of plan and reminder dates', () => {
  it('accepts 1 January 1900 to 31 December 2100 only', () => {
    expect(['1900-01-01', '2100-12-31', '2027-02-28'].map(isPlanDate)).toEqual([true, true, true]);
    expect(['1899-12-31', '2101-01-01', '9999-12-31', '2027-02-29'].map(isPlanDate)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('is what the forms say (reminder and plans)', () => {
    const today = '2026-12-06';
    expect(checkFutureDate(parts('9999-12-31'), today, 'The reminder date')).toEqual({
      ok: false,
      message: 'The reminder date must be in 2100 or earlier',
    });
    expect(checkFutureDate(parts('2100-12-31'), today)).toEqual({ ok: true, iso: '2100-12-31' });
  });

  it('is what a load or an import checks', () => {
    const saved = fixture('saved/assessment-v1-date-out-of-range.json').state.assessment;
    expect(checkAssessment(saved, checklist, scale)).toEqual({
      ok: false,
      message: 'action 1 of the plan has a "by when" date that is not a date from 1900 to 2100.',
    });
    const item = { actionId: 'delivery.persist', what: 'x', who: '', measure: '' };
    expect(checkGroupPlan([{ ...item, byWhen: '2101-01-01' }], checklist)).toMatchObject({
      ok: false,
    });
  });
});

describe('the migration step that clears a date out of range', () => {
  it('clears the saved assessment’s plan date, says so, and keeps the rest', () => {
    const saved = fixture('saved/assessment-v1-date-out-of-range.json');
    const notes: string[] = [];
    const migrated = migrateSavedAssessment(saved.state, saved.version, notes);
    expect(notes).toEqual([
      'The date 31 December 9999 of action 1 of your plan was cleared: dates run from 1900 to 2100.',
    ]);
    const checked = checkSavedAssessment(migrated, checklist, scale);
    expect(checked.ok && checked.value.assessment.plan).toEqual([
      { ...saved.state.assessment.plan[0], byWhen: null },
    ]);
    expect(checked.ok && checked.value.assessment.answers).toEqual(saved.state.assessment.answers);
  });

  it('leaves a saved assessment without such a date exactly as it was, and says nothing', () => {
    const saved = fixture('saved/assessment-v1.json');
    const notes: string[] = [];
    expect(migrateSavedAssessment(saved.state, 1, notes)).toEqual(saved.state);
    expect(notes).toEqual([]);
  });

  it('clears the group plan’s and the earlier plan’s dates in saved workshops', () => {
    const saved = fixture('saved-workshops-v2-date-out-of-range.json');
    const notes: string[] = [];
    const r = checkSavedWorkshops(migrateSavedWorkshops(saved.state, 2, notes), checklist, scale);
    expect(notes).toEqual([
      'The date 31 December 9999 of action 1 of the group plan of workshop 1 (“Cabinet away day, May”) was cleared: dates run from 1900 to 2100.',
      'The date 31 December 1899 of action 2 of the earlier plan of workshop 1 (“Cabinet away day, May”) was cleared: dates run from 1900 to 2100.',
    ]);
    expect(r.ok && r.value.workshops[0]!.plan[0]!.byWhen).toBe(null);
    expect(r.ok && r.value.workshops[0]!.earlier!.plan.map((i) => i.byWhen)).toEqual([null, null]);
  });

  it('clears the dates of the plans in saved history and snapshots', () => {
    const assessment = fixture('saved/assessment-v1-date-out-of-range.json').state.assessment;
    const entry = { id: assessment.id, kind: 'round', savedAt: assessment.updatedAt, review: null };
    const notes: string[] = [];
    const history = migrateSavedHistory(
      { entries: [{ ...entry, label: 'May', assessment }] },
      1,
      notes,
    );
    const snapshots = migrateSavedSnapshots(
      { snapshots: [{ id: 'snap1', savedAt: assessment.updatedAt, label: 'June', assessment }] },
      1,
      notes,
    );
    expect(notes).toEqual([
      'The date 31 December 9999 of action 1 of the plan of earlier round 1 (“May”) was cleared: dates run from 1900 to 2100.',
      'The date 31 December 9999 of action 1 of the plan in snapshot 1 (“June”) was cleared: dates run from 1900 to 2100.',
    ]);
    const h = checkSavedHistory(history, checklist, scale);
    const s = checkSavedSnapshots(snapshots, checklist, scale);
    expect(h.ok && h.value.entries[0]!.assessment.plan[0]!.byWhen).toBe(null);
    expect(s.ok && s.value.snapshots[0]!.assessment.plan[0]!.byWhen).toBe(null);
  });
});
