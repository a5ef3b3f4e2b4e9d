import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { checklistContent } from '../../src/domain/content/load';
import { renderApp } from './renderApp';

// Issue 25, item 14: "what moved most" lists a drop beside the rises. Hand-worked: every action
// "To some extent" (2) last round; now three actions rise by two points (2 → 4) and one falls by one
// (2 → 1). Ranked by size alone, the three rises filled the list and the drop was only in the
// history table.
const ACTIONS = checklistContent.checklist.sections.flatMap((s) => s.actions.map((a) => a.id));
const NOW: Record<string, number> = {
  'climate.encourage-creativity': 4,
  'climate.invite-external-challenge': 4,
  'climate.look-for-fresh-ideas': 4,
  'delivery.monitor-progress': 1,
};
const answers = (changed: Record<string, number>) =>
  Object.fromEntries(ACTIONS.map((id) => [id, changed[id] ?? 2]));

const assessment = (id: string, values: Record<string, number>, at: string) => ({
  id,
  checklistId: 'council-leaders-key-actions',
  checklistVersion: '1',
  answers: values,
  notes: {},
  aboutYou: { name: '', role: '', council: '' },
  plan: [],
  startedAt: at,
  updatedAt: at,
});

function seed() {
  const then = assessment('round-then', answers({}), '2026-05-01T09:30:00.000Z');
  const entry = { id: then.id, kind: 'round', savedAt: then.updatedAt, label: 'Round' };
  localStorage.setItem(
    'kai.history',
    JSON.stringify({
      version: 1,
      state: { entries: [{ ...entry, assessment: then, review: null }] },
    }),
  );
  localStorage.setItem(
    'kai.assessment',
    JSON.stringify({
      version: 1,
      state: { assessment: assessment('round-now', answers(NOW), '2026-11-01T09:30:00.000Z') },
    }),
  );
}

describe('since the last round, on the results page', () => {
  it('lists what went down as well as what went up', { timeout: 20_000 }, async () => {
    localStorage.clear();
    seed();
    await renderApp('/results');
    const since = await screen.findByRole(
      'region',
      { name: 'Since 1 May 2026' },
      { timeout: 8000 },
    );
    const [up, down] = within(since).getAllByRole('list');
    expect(
      within(up!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Encourage creativity: To some extent → Fully – it is how we work (better)',
      'Invite external challenges: To some extent → Fully – it is how we work (better)',
      'Proactively look for fresh ideas, internally and externally: To some extent → Fully – it is how we work (better)',
    ]);
    expect(up!.previousElementSibling).toHaveTextContent('Went up most:');
    expect(
      within(down!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Monitor progress closely: To some extent → To a small extent (worse)']);
    expect(down!.previousElementSibling).toHaveTextContent('Went down most:');
  });
});
