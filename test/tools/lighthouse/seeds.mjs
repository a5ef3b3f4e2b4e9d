// What the audited pages show comes from saved data: a leader's answers, given through the app
// itself, and a workshop of 30 participants, written in the app's saved format (version 1, which the
// app reads and migrates forward like any older save).
import { readFileSync } from 'node:fs';

const checklist = JSON.parse(
  readFileSync(new URL('../../../content/checklist.json', import.meta.url), 'utf8'),
);
const actionIds = checklist.sections.flatMap((s) => s.actions.map((a) => a.id));
const SECTIONS = checklist.sections.map((s) => s.id);

/** What a leader who has answered every question has saved, answered in the app in a browser. */
export async function answersFromTheApp(browser, origin) {
  const page = await browser.newPage();
  for (const section of SECTIONS) {
    await page.goto(`${origin}/#/section/${section}`);
    await page.waitForSelector('fieldset');
    await page.$$eval('fieldset', (groups) =>
      groups.forEach((group, i) => group.querySelectorAll('input')[i % 5]?.click()),
    );
  }
  const saved = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  await page.close();
  const items = JSON.parse(saved);
  if (!('kai.assessment' in items))
    throw new Error('Could not save answers through the app to audit the results page');
  return items;
}

export const WORKSHOP_ID = '1a5b00000000000000000000000000aa';
const hex32 = (n) => n.toString(16).padStart(32, '0');

/** A revealed workshop of `size` participants, each with an answer to every action. */
export function workshopOf(size) {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const at = '2026-11-02T09:30:00.000Z';
  const participants = Array.from({ length: size }, (_, i) => ({
    number: i + 1,
    name: `Member ${i + 1}`,
    response: {
      responseId: hex32(0x10000000 + i),
      source: 'file',
      answers: Object.fromEntries(
        actionIds.map((id) => [id, next() < 0.05 ? 'not-sure' : Math.floor(next() * 5)]),
      ),
      notes: {},
      receivedAt: at,
    },
  }));
  const workshop = {
    title: 'Cabinet away day',
    council: 'Anytown Council',
    date: '2026-11-02',
    anonymous: false,
    id: WORKSHOP_ID,
    checklistId: checklist.id,
    checklistVersion: checklist.version,
    participants,
    revealed: true,
    plan: [],
    createdAt: at,
    updatedAt: at,
  };
  return { 'kai.workshops': JSON.stringify({ state: { workshops: [workshop] }, version: 1 }) };
}

/**
 * A returning leader: the answers given through the app, and one earlier round (the same answers, a
 * notch lower on the first five actions) in the history, so the history page draws its line chart.
 */
export function historyOf(items) {
  const saved = JSON.parse(items['kai.assessment']);
  const now = saved.state.assessment;
  const earlier = Object.fromEntries(
    Object.entries(now.answers).map(([id, a], i) => [
      id,
      i < 5 && typeof a === 'number' && a > 0 ? a - 1 : a,
    ]),
  );
  const at = '2026-06-01T10:00:00.000Z';
  const round = {
    id: 'round-2026-06',
    kind: 'round',
    savedAt: at,
    label: 'Round',
    assessment: {
      ...now,
      id: 'round-2026-06',
      answers: earlier,
      plan: [],
      startedAt: at,
      updatedAt: at,
    },
    review: [],
  };
  return { ...items, 'kai.history': JSON.stringify({ version: 1, state: { entries: [round] } }) };
}
