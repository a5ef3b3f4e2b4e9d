import { pastDateQuestion } from '../../src/domain/plan/date';
import { describe, expect, it } from 'vitest';
import { checkFutureDate, dateParts } from '../../src/domain/plan/date';
import { formatDate } from '../../src/domain/display';
import { toFormItem, toPlanItem } from '../../src/domain/plan/planForm';
import { planFormSchema } from '../../src/domain/plan/planFormSchema';
import { promptsForPlan } from '../../src/domain/plan/prompts';
import { proposePlan, unfinishedCommitments } from '../../src/domain/plan/propose';
import { checklist, quotes } from './fixtures';
import { researchContent } from '../../src/domain/content/research';

const TODAY = '2026-11-25';
const d = (day: string, month: string, year: string) =>
  checkFutureDate({ day, month, year }, TODAY);

describe('checkFutureDate', () => {
  it('accepts no date, today and later dates', () => {
    expect(d('', '', '')).toEqual({ ok: true, iso: null });
    expect(d('25', '11', '2026')).toEqual({ ok: true, iso: '2026-11-25' });
    expect(d('29', '2', '2028')).toEqual({ ok: true, iso: '2028-02-29' });
  });

  it('names what is wrong with an impossible, incomplete or past date', () => {
    expect(d('31', '2', '2027')).toEqual({ ok: false, message: 'The date must be a real date' });
    expect(d('29', '2', '2027')).toEqual({ ok: false, message: 'The date must be a real date' });
    expect(d('1', '13', '2027')).toEqual({ ok: false, message: 'The date must be a real date' });
    expect(d('0', '1', '2027')).toEqual({ ok: false, message: 'The date must be a real date' });
    expect(d('x', '1', '2027')).toEqual({
      ok: false,
      message: 'The date must be a real date, written in numbers',
    });
    expect(d('1', '', '')).toEqual({
      ok: false,
      message: 'The date must include a month and a year',
    });
    expect(d('1', '1', '27')).toEqual({
      ok: false,
      message: 'The date must include a 4-digit year, for example 2027',
    });
    expect(d('24', '11', '2026')).toEqual({
      ok: false,
      message: 'The date must be today or in the future',
    });
  });

  it('round-trips through the three boxes and prints in words', () => {
    expect(dateParts('2027-03-09')).toEqual({ day: '9', month: '3', year: '2027' });
    expect(dateParts(null)).toEqual({ day: '', month: '', year: '' });
    expect(formatDate('2027-03-09')).toBe('9 March 2027');
  });
});

describe('plan form', () => {
  const schema = planFormSchema(TODAY);
  const item = (over: Partial<Record<string, string>> = {}) => ({
    actionId: 'delivery.persist',
    actionText: 'Persist, persist, persist',
    what: 'Keep going',
    who: '',
    day: '',
    month: '',
    year: '',
    measure: '',
    ...over,
  });
  const messages = (items: ReturnType<typeof item>[]) => {
    const r = schema.safeParse({ items });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('requires what you will do, and limits lengths, naming the action', () => {
    expect(messages([item()])).toEqual([]);
    expect(messages([item({ what: '  ' })])).toEqual([
      'items.0.what: Enter what you will do for “Persist, persist, persist”',
    ]);
    expect(messages([item({ what: 'x'.repeat(501) })])).toEqual([
      'items.0.what: What you will do for “Persist, persist, persist” must be 500 characters or fewer',
    ]);
    expect(messages([item({ day: '30', month: '2', year: '2027' })])).toEqual([
      'items.0.day: The date for “Persist, persist, persist” must be a real date',
    ]);
  });

  it('allows at most five actions', () => {
    expect(messages(Array.from({ length: 6 }, () => item()))).toEqual([
      'items: A plan can have at most 5 actions',
    ]);
  });

  it('saves what is typed, keeping a date only once it is a real one', () => {
    const form = toFormItem(
      { actionId: 'delivery.persist', what: 'a', who: 'b', byWhen: '2027-01-31', measure: 'c' },
      'Persist, persist, persist',
    );
    expect(toPlanItem(form)).toEqual({
      actionId: 'delivery.persist',
      what: 'a',
      who: 'b',
      byWhen: '2027-01-31',
      measure: 'c',
    });
    expect(toPlanItem({ ...form, day: '31', month: '2' }).byWhen).toBeNull();
  });
});

describe('proposePlan and promptsForPlan', () => {
  it('proposes the three weakest areas as blank items, in the given order (issue 25)', () => {
    const ids = checklist.sections[0]!.actions.map((a) => a.id);
    const plan = proposePlan(ids);
    expect(plan.map((p) => p.actionId)).toEqual(ids.slice(0, 3));
    expect(plan[0]).toEqual({ actionId: ids[0], what: '', who: '', byWhen: null, measure: '' });
  });

  it("puts last plan's unfinished commitments first, with their words but not their date", () => {
    const ids = checklist.sections[0]!.actions.map((a) => a.id);
    const last = [
      { actionId: ids[5]!, what: 'Celebrate', who: 'Cabinet', byWhen: '2026-03-31', measure: 'm' },
      { actionId: ids[0]!, what: 'Create', who: '', byWhen: null, measure: '' },
      { actionId: ids[4]!, what: 'Done one', who: '', byWhen: null, measure: '' },
    ];
    const unfinished = unfinishedCommitments(last, [
      { actionId: ids[5]!, outcome: 'partly', note: 'Half' },
      { actionId: ids[0]!, outcome: 'not-done', note: '' },
      { actionId: ids[4]!, outcome: 'done', note: '' },
    ]);
    expect(unfinished.map((u) => [u.item.actionId, u.outcome, u.note])).toEqual([
      [ids[5], 'partly', 'Half'],
      [ids[0], 'not-done', ''],
    ]);
    // Then the three weakest not already there: ids 1, 2, 3 (id 0 is carried).
    const plan = proposePlan(ids, unfinished);
    expect(plan.map((p) => p.actionId)).toEqual([ids[5], ids[0], ids[1], ids[2], ids[3]]);
    expect(plan[0]).toEqual({ ...last[0], byWhen: null });
    expect(unfinishedCommitments(last, null)).toEqual([]);
  });

  it('gives each planned action its most direct tagged quote and recommendation, and no untagged one', () => {
    const prompts = promptsForPlan(
      [
        'delivery.persist',
        'climate.take-calculated-risks',
        'climate.celebrate-achievements',
        'leading.work-cross-council',
        'climate.encourage-creativity',
        'leading.listen-to-others',
      ],
      quotes.items,
      researchContent.recommendations.items,
    );
    const at = (id: string) => prompts.get(id)!;
    expect(at('delivery.persist').quote!.id).toBe('q26');
    expect(at('climate.take-calculated-risks').quote!.id).toBe('q01');
    // no quote is tagged with it: none, and nothing from its section instead
    expect(at('climate.celebrate-achievements')).toMatchObject({
      quote: undefined,
      quoteShownAbove: false,
    });
    expect(at('climate.take-calculated-risks').recommendation!.id).toBe('R4');
    // R8 (silos) is the most direct for working cross council, though R6 comes first in the report
    expect(at('leading.work-cross-council').recommendation!.id).toBe('R8');
    // q06 is the most direct for both; listening gets its next one, q22
    expect(at('climate.encourage-creativity').quote!.id).toBe('q06');
    expect(at('leading.listen-to-others').quote!.id).toBe('q22');
    expect(at('delivery.persist').recommendation).toBeUndefined();
  });
});

describe('pastDateQuestion (issue 25)', () => {
  const parts = (day: string, month: string, year: string) => ({ day, month, year });
  it('asks about a real date before today, and only then', () => {
    expect(pastDateQuestion(parts('31', '3', '2026'), '2026-12-06')).toBe(
      '31 March 2026 has passed. Is that right?',
    );
    expect(pastDateQuestion(parts('6', '12', '2026'), '2026-12-06')).toBeNull();
    expect(pastDateQuestion(parts('31', '2', '2026'), '2026-12-06')).toBeNull();
    expect(pastDateQuestion(parts('', '', ''), '2026-12-06')).toBeNull();
  });
});
