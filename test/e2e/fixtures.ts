import type { Page } from 'playwright-core';

/** The hand-worked assessment used across browser tests (see assessment.e2e.ts for the sums). */
export const HAND_WORKED_ANSWERS: Record<string, number | 'not-sure'> = {
  'climate.encourage-creativity': 4,
  'climate.invite-external-challenge': 3,
  'climate.look-for-fresh-ideas': 2,
  'climate.take-calculated-risks': 1,
  'climate.experiment-and-learn': 0,
  'climate.celebrate-achievements': 'not-sure',
  'leading.united-leadership': 2,
  'leading.communicate-the-need': 2,
  'leading.listen-to-others': 2,
  'leading.work-cross-council': 2,
  'leading.move-forward-boldly': 2,
  'ambitions.long-term-objectives': 3,
  'ambitions.understand-residents': 3,
  'ambitions.select-priority-areas': 'not-sure',
  'ambitions.well-considered-and-attainable': 'not-sure',
  'delivery.devote-resources': 4,
  'delivery.space-to-test': 4,
  'delivery.involve-stakeholders': 4,
  'delivery.monitor-progress': 4,
  'delivery.persist': 3,
};

/** Puts an assessment in the page's localStorage (the hand-worked one unless given), and reloads. */
export async function seedAssessment(page: Page, saved = savedAssessment()) {
  await page.evaluate((value) => localStorage.setItem('kai.assessment', value), saved);
  await page.reload();
}

export function savedAssessment(
  answers = HAND_WORKED_ANSWERS,
  extra: Record<string, unknown> = {},
) {
  return JSON.stringify({
    version: 1,
    state: {
      assessment: {
        id: 'e2e-leader',
        checklistId: 'council-leaders-key-actions',
        checklistVersion: '1',
        answers,
        notes: { 'climate.experiment-and-learn': 'We rarely stop a pilot early.' },
        aboutYou: { name: 'A Leader', role: 'Leader of the council', council: 'Anytown Council' },
        plan: [],
        startedAt: '2026-11-01T09:00:00.000Z',
        updatedAt: '2026-11-01T09:10:00.000Z',
        ...extra,
      },
    },
  });
}

/** A plan of five actions, each with a person, a date (one a month from February 2027) and a measure. */
export const FIVE_PLAN_ITEMS = [
  ['climate.experiment-and-learn', 'Run two small pilots this year and stop any that fails early'],
  ['climate.take-calculated-risks', 'Agree a written risk appetite with cabinet'],
  ['climate.look-for-fresh-ideas', 'Visit two councils that have tried something we have not'],
  ['leading.united-leadership', 'Hold a joint away day with the management team'],
  ['leading.communicate-the-need', 'Explain at full council why we need to innovate'],
].map(([actionId, what], i) => ({
  actionId: actionId!,
  what: what!,
  who: 'Chief executive and cabinet',
  byWhen: `2027-0${i + 2}-01`,
  measure: 'Reported to cabinet each quarter',
}));

const commitment = (actionId: string, what: string) => ({
  actionId,
  what,
  who: '',
  byWhen: null,
  measure: '',
});
/** Last round's plan: three commitments, for a leader coming back to review them. */
export const LAST_ROUND_PLAN = [
  commitment('climate.experiment-and-learn', 'Run two small pilots and stop any that fails'),
  commitment('climate.take-calculated-risks', 'Agree a risk appetite with cabinet'),
  commitment('leading.united-leadership', 'Hold a joint away day with the management team'),
];

/** One kept round as the history saves it: the assessment as it was, and its plan's review. */
export const keptRound = (
  id: string,
  savedAt: string,
  assessment: unknown,
  review: { actionId: string; outcome: string; note: string }[] = [],
) => ({ id, kind: 'round', savedAt, label: 'Round', assessment, review });

/** The history's saved form (version 1), holding the rounds given. */
export const savedHistory = (...entries: ReturnType<typeof keptRound>[]) => ({
  version: 1,
  state: { entries },
});
