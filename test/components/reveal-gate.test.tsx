import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addResponses } from '../../src/domain/workshop/participants';
import { answersWith, emptyWorkshop, NOW, response } from '../domain/workshop-fixtures';
import { renderApp } from './renderApp';

// Issue 23: one reveal gate for every group page (results, summary, the projector's slides). Before
// the facilitator reveals them, no group figure is shown, only how many have answered.
function savedWorkshop(revealed: boolean) {
  const workshop = addResponses(
    emptyWorkshop(false),
    [
      {
        response: response('r1', 'Asha', answersWith(1)),
        source: 'file',
        onDuplicate: 'keep-both',
      },
      { response: response('r2', 'Ben', answersWith(3)), source: 'file', onDuplicate: 'keep-both' },
    ],
    NOW,
  ).workshop;
  localStorage.setItem(
    'kai.workshops',
    JSON.stringify({ version: 1, state: { workshops: [{ ...workshop, revealed }] } }),
  );
  return workshop.id;
}

describe('the reveal gate', () => {
  it.each([
    ['results', 'Group results'],
    ['summary', 'Group summary'],
  ])('hides the %s until revealed, saying how many have answered', async (page, title) => {
    const id = savedWorkshop(false);
    await renderApp(`/workshops/${id}/${page}`);
    expect(
      await screen.findByRole(
        'heading',
        { name: 'The group results are hidden' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
    expect(screen.getByText(/2 of 2 participants have answered/)).toBeInTheDocument();
    expect(screen.queryByText(/out of 100/)).toBeNull();
  });

  it('hides the slides until revealed, and shows them once revealed', async () => {
    const hidden = savedWorkshop(false);
    const first = await renderApp(`/workshops/${hidden}/present`);
    expect(
      await screen.findByRole(
        'heading',
        { name: 'The group results are hidden' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Back to the workshop, to reveal them' }),
    ).toBeInTheDocument();
    first.unmount();
    const shown = savedWorkshop(true);
    await renderApp(`/workshops/${shown}/present`);
    expect(await screen.findByText(/out of 100/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'The group results are hidden' })).toBeNull();
  });
});
