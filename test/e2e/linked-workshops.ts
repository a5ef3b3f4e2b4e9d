import type { Page } from 'playwright-core';
import { checklistContent } from '../../src/domain/content/load';
import { SAVED_WORKSHOPS_VERSION } from '../../src/domain/workshop/migrateWorkshop';
import {
  earlierWorkshop,
  linkEarlier,
  reviewEarlierPlan,
} from '../../src/domain/workshop/linkEarlier';
import type { Workshop } from '../../src/domain/workshop/workshop';
import {
  answersWith,
  emptyWorkshop,
  EXPERIMENT,
  fivePersonWorkshop,
  MONITOR,
  response,
  withResponses,
} from '../domain/workshop-fixtures';
import { HAND_WORKED_ANSWERS } from './fixtures';
import { waitForGroupSectionBars, waitForHeading } from './journey';

// The cabinet that comes back (issue 10): the five-person workshop of test/domain/workshop-fixtures.ts
// with a two-action plan, and the same group months later, three members, anonymous. The changes are
// worked by hand in test/domain/workshop-since.test.ts.

export const FIRST: Workshop = {
  ...fivePersonWorkshop(false),
  revealed: true,
  plan: [
    { actionId: MONITOR, what: 'Monthly dashboard', who: 'Leader', byWhen: null, measure: '' },
    { actionId: EXPERIMENT, what: 'Two pilots a year', who: '', byWhen: null, measure: '' },
  ],
};

export function secondWorkshop(): Workshop {
  const answers = [
    answersWith(3),
    answersWith(3, { [MONITOR]: 4 }),
    answersWith(2, { [EXPERIMENT]: 1 }),
  ];
  return withResponses(
    {
      ...emptyWorkshop(true),
      id: 'w2',
      title: 'Cabinet away day, May',
      date: '2027-05-10',
      revealed: true,
    },
    answers.map((a, i) => response(`later-${i}`, '', a)),
    new Date('2027-05-10T10:00:00Z'),
  );
}

/** Both workshops as this device keeps them, the later one linked and its earlier plan reviewed. */
function savedLinkedWorkshops(): string {
  const { checklist, scale } = checklistContent;
  const earlier = earlierWorkshop(FIRST, checklist, scale);
  if (!earlier.ok) throw new Error(earlier.message);
  const when = new Date('2027-05-10T11:00:00Z');
  const linked = linkEarlier(secondWorkshop(), earlier.value, when);
  if (!linked.ok) throw new Error(linked.message);
  const later = reviewEarlierPlan(
    linked.value,
    [
      { actionId: MONITOR, outcome: 'done', note: 'Dashboard in place' },
      { actionId: EXPERIMENT, outcome: 'not-done', note: '' },
    ],
    when,
  );
  return JSON.stringify({ version: SAVED_WORKSHOPS_VERSION, state: { workshops: [FIRST, later] } });
}

/** One kept round before the leader's current answers, so the history page draws its chart. */
function savedHistory(): string {
  const answers = { ...HAND_WORKED_ANSWERS, 'delivery.persist': 1 };
  const at = '2026-05-01T09:30:00.000Z';
  const assessment = {
    id: 'kept-round',
    checklistId: 'council-leaders-key-actions',
    checklistVersion: '1',
    answers,
    notes: {},
    aboutYou: { name: '', role: '', council: '' },
    plan: [],
    startedAt: at,
    updatedAt: at,
  };
  return JSON.stringify({
    version: 1,
    state: {
      entries: [
        { id: assessment.id, kind: 'round', savedAt: at, label: 'Round', assessment, review: null },
      ],
    },
  });
}

/** Puts the linked workshops and a kept round on the device; the page must be loaded again after. */
export async function keepLinkedWorkshopsAndARound(page: Page) {
  await page.evaluate(
    ([workshops, history]) => {
      localStorage.setItem('kai.workshops', workshops!);
      localStorage.setItem('kai.history', history!);
    },
    [savedLinkedWorkshops(), savedHistory()],
  );
}

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

/**
 * Visits the pages of a cabinet that came back, from `base` (the app's address without the hash):
 * group results with the change since the earlier workshop, the review of the earlier plan, the
 * printed group summary, and the leader's history with its chart. Returns what each page said.
 */
export async function visitComingBackPages(page: Page, base: string) {
  await page.goto(`${base}#/workshops/w2/results`);
  await waitForHeading(page, 'Group results');
  await page.locator('section.since-earlier').waitFor();
  const results = await text(page, 'section.since-earlier p');
  await page.goto(`${base}#/workshops/w2/earlier/review`);
  await waitForHeading(page, 'Did we do what we said?');
  const review = await page.locator('main').innerText();
  await page.goto(`${base}#/workshops/w2/summary`);
  await waitForGroupSectionBars(page);
  await page.locator('#sum-since').waitFor();
  const summary = await page.locator('main').innerText();
  await page.goto(`${base}#/history`);
  await waitForHeading(page, 'Your history');
  await page.locator('.chart-lines .recharts-line-curve').first().waitFor();
  const lines = await page.locator('.chart-lines .recharts-line-curve').count();
  return { results, review, summary, lines };
}

/** What those pages say, worked by hand (test/domain/workshop-since.test.ts). */
export const COMING_BACK = {
  results:
    "Group score 59 then (5 participants), 67 now (3 participants): up 8. Only group figures are compared, never anyone's own answers.",
  review: 'Monthly dashboard',
  summary: 'Since “Cabinet away day”, 2 November 2026',
  /** Overall and four sections. */
  lines: 5,
};
