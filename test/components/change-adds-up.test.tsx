import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

// Hand-worked: sections are means of their answers (0–4 → 0–100), overall the mean of the sections.
// Then: climate 1,1,1,1,1,0 = 20.83 (21); leading 2s = 50; ambitions 1,0,0,0 = 6.25 (6); delivery
// 2s = 50; overall 31.77 (32). Now: climate 2,2,1,1,1,1 = 33.33 (33); ambitions 1,1,0,0 = 12.5 (13);
// overall 36.46 (36). The change said is the difference of the figures shown beside it: overall up 4
// (36 − 32), not up 5 from the unrounded 4.69; climate up 12 (33 − 21), not 13 from 12.5; ambitions
// up 7 (13 − 6), not 6 from 6.25.
const ids = {
  climate: [
    'climate.encourage-creativity',
    'climate.invite-external-challenge',
    'climate.look-for-fresh-ideas',
    'climate.take-calculated-risks',
    'climate.experiment-and-learn',
    'climate.celebrate-achievements',
  ],
  leading: [
    'leading.united-leadership',
    'leading.communicate-the-need',
    'leading.listen-to-others',
    'leading.work-cross-council',
    'leading.move-forward-boldly',
  ],
  ambitions: [
    'ambitions.long-term-objectives',
    'ambitions.understand-residents',
    'ambitions.select-priority-areas',
    'ambitions.well-considered-and-attainable',
  ],
  delivery: [
    'delivery.devote-resources',
    'delivery.space-to-test',
    'delivery.involve-stakeholders',
    'delivery.monitor-progress',
    'delivery.persist',
  ],
};
const answers = (climate: number[], ambitions: number[]) =>
  Object.fromEntries([
    ...ids.climate.map((id, i) => [id, climate[i]]),
    ...ids.leading.map((id) => [id, 2]),
    ...ids.ambitions.map((id, i) => [id, ambitions[i]]),
    ...ids.delivery.map((id) => [id, 2]),
  ]);

const assessment = (id: string, values: Record<string, number>, at: string) => ({
  id,
  checklistId: 'council-leaders-key-actions',
  checklistVersion: '1',
  answers: values,
  notes: {},
  aboutYou: { name: 'A Leader', role: '', council: '' },
  plan: [],
  startedAt: at,
  updatedAt: at,
});

function seed() {
  const then = assessment(
    'round-then',
    answers([1, 1, 1, 1, 1, 0], [1, 0, 0, 0]),
    '2026-05-01T09:30:00.000Z',
  );
  localStorage.setItem(
    'kai.history',
    JSON.stringify({
      version: 1,
      state: {
        entries: [
          {
            id: then.id,
            kind: 'round',
            savedAt: then.updatedAt,
            label: 'Round',
            assessment: then,
            review: null,
          },
        ],
      },
    }),
  );
  localStorage.setItem(
    'kai.assessment',
    JSON.stringify({
      version: 1,
      state: {
        assessment: assessment(
          'round-now',
          answers([2, 2, 1, 1, 1, 1], [1, 1, 0, 0]),
          '2026-11-01T09:30:00.000Z',
        ),
      },
    }),
  );
}

describe('a change is the difference of the figures shown beside it', () => {
  it('in the "Since" part of the results', { timeout: 20_000 }, async () => {
    seed();
    await renderApp('/results');
    const since = await screen.findByRole(
      'region',
      { name: 'Since 1 May 2026' },
      { timeout: 8000 },
    );
    expect(since).toHaveTextContent('Overall score: 32 then, 36 now (up 4).');
    expect(since).toHaveTextContent(
      'By section: Create the climate for innovation up 12; Lead for innovation no change; Agree clear long-term ambitions for innovation up 7; Ensure priority innovations are delivered no change.',
    );
  });

  it('in the history chart summary', { timeout: 20_000 }, async () => {
    seed();
    await renderApp('/history');
    expect(
      await screen.findByText(
        'Across 2 rounds, from 1 May 2026 to now, your overall score went from 32 to 36 (up 4).',
        undefined,
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
  });
});
