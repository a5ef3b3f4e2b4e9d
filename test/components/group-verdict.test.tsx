import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addResponses } from '../../src/domain/workshop/participants';
import { answersWith, emptyWorkshop, NOW, response } from '../domain/workshop-fixtures';
import { renderApp } from './renderApp';

describe('the group results verdict', () => {
  it('gives the group score once, with what it stands for, and no second card repeating it', async () => {
    // One member at "To a small extent" (25) and one at "To a large extent" (75) on everything: 50.
    const workshop = addResponses(
      emptyWorkshop(false),
      [
        {
          response: response('r1', 'Asha', answersWith(1)),
          source: 'file',
          onDuplicate: 'keep-both',
        },
        {
          response: response('r2', 'Ben', answersWith(3)),
          source: 'file',
          onDuplicate: 'keep-both',
        },
      ],
      NOW,
    ).workshop;
    localStorage.setItem(
      'kai.workshops',
      JSON.stringify({ version: 1, state: { workshops: [{ ...workshop, revealed: true }] } }),
    );
    await renderApp(`/workshops/${workshop.id}/results`);
    const lead = await screen.findByText(/members have answered/, {}, { timeout: 10_000 });
    expect(lead).toHaveTextContent(
      '2 members have answered. The group scores 50 out of 100, on average “To some extent”.',
    );
    expect(screen.queryByText('group score out of 100')).toBeNull();
  });
});
