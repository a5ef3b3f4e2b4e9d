import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { HAND_WORKED_ANSWERS, savedAssessment } from '../e2e/fixtures';
import { renderApp } from './renderApp';
import { setUpPage } from './pageSetup';

// Issue 25, items 10–13: "Change" comes back to its row; the printed summary says what comes next;
// the landing knows you are back; the next round's check page says what its answers are. The clock
// is fixed: "today" is 6 December 2026.

// Midday on 6 December 2026 in whatever time zone the suite runs in (TZ=Pacific/Kiritimati too).
const TODAY = new Date(2026, 11, 6, 12, 0);
const EXPERIMENT = 'climate.experiment-and-learn';

setUpPage(TODAY);

/** The last round kept in the history, dated 1 June 2026, with the hand-worked answers. */
function keepRound() {
  const round = JSON.parse(savedAssessment(HAND_WORKED_ANSWERS, { id: 'round-1' })).state
    .assessment;
  localStorage.setItem(
    'kai.history',
    JSON.stringify({
      version: 1,
      state: {
        entries: [
          {
            id: 'round-1',
            kind: 'round',
            savedAt: '2026-06-01T09:10:00.000Z',
            label: 'Round',
            assessment: round,
            review: null,
          },
        ],
      },
    }),
  );
}

describe('"Change" on Check your answers', () => {
  it('comes back to that row, with focus on its link', async () => {
    localStorage.setItem('kai.assessment', savedAssessment());
    const { user } = await renderApp('/check');
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' }, { timeout: 8000 });
    const name = /^Change your answer to “Do you experiment, fail quickly/;
    await user.click(screen.getByRole('link', { name }));
    await screen.findByRole('heading', { level: 1, name: /Create the climate for innovation/ });
    const question = screen.getByRole('group', { name: /Do you experiment, fail quickly/ });
    await user.click(within(question).getByRole('radio', { name: 'To some extent' }));
    await user.click(screen.getByRole('button', { name: 'Save and go back to your answers' }));
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    await vi.waitFor(() => expect(screen.getByRole('link', { name })).toHaveFocus());
    expect(
      JSON.parse(localStorage.getItem('kai.assessment')!).state.assessment.answers[EXPERIMENT],
    ).toBe(2);
  });
});

describe('the next round', () => {
  it("says on its Check your answers that these are last round's answers, to change those that moved", async () => {
    keepRound();
    localStorage.setItem('kai.assessment', savedAssessment(HAND_WORKED_ANSWERS, { id: 'round-2' }));
    await renderApp('/check');
    expect(
      await screen.findByText(
        'These are your answers from your last round, on 1 June 2026. Change those that have moved since.',
        {},
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
  });

  it('counts the answers still as they were once some have moved', async () => {
    keepRound();
    const moved = { ...HAND_WORKED_ANSWERS, [EXPERIMENT]: 2 };
    localStorage.setItem('kai.assessment', savedAssessment(moved, { id: 'round-2' }));
    await renderApp('/check');
    expect(
      await screen.findByText(
        '19 of these 20 answers are as in your last round, on 1 June 2026. Change those that have moved since.',
        {},
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
  });

  it('says nothing of it on a first round', async () => {
    localStorage.setItem('kai.assessment', savedAssessment());
    await renderApp('/check');
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' }, { timeout: 8000 });
    expect(screen.queryByText(/your last round/)).not.toBeInTheDocument();
  });
});

describe('the landing, after a finished round', () => {
  it('says when it was, offers the next round before the results, and names a plan date gone by', async () => {
    const plan = [
      { actionId: EXPERIMENT, what: 'Two pilots', who: '', byWhen: '2026-03-31', measure: '' },
      {
        actionId: 'delivery.persist',
        what: 'Keep going',
        who: '',
        byWhen: '2027-03-31',
        measure: '',
      },
    ];
    localStorage.setItem(
      'kai.assessment',
      savedAssessment(HAND_WORKED_ANSWERS, { plan, updatedAt: '2026-06-01T09:10:00.000Z' }),
    );
    await renderApp('/');
    const main = await screen.findByText(
      'You finished your last round on 1 June 2026.',
      {},
      { timeout: 8000 },
    );
    expect(main).toBeInTheDocument();
    const next = screen.getByRole('button', { name: 'Start your next round' });
    const results = screen.getByRole('link', { name: 'See your results' });
    expect(next.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText(/Your answers are kept as history/)).toBeInTheDocument();
    expect(screen.queryByText(/Start again/)).not.toBeInTheDocument();
    const passed = screen.getByRole('note', { name: 'A date in your plan has passed' });
    expect(
      within(passed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Experiment, fail quickly and learn from failures: by 31 March 2026 (“Two pilots”)',
    ]);
  });

  it('part-way through a round: "Clear my answers", which says it deletes, never "Start again"', async () => {
    const some = Object.fromEntries(
      Object.entries(HAND_WORKED_ANSWERS).filter(([id]) => id !== EXPERIMENT),
    );
    localStorage.setItem('kai.assessment', savedAssessment(some));
    const { user } = await renderApp('/');
    await user.click(
      await screen.findByRole('button', { name: 'Clear my answers' }, { timeout: 8000 }),
    );
    expect(screen.getByRole('button', { name: 'Yes, delete these answers' })).toBeInTheDocument();
    expect(screen.queryByText(/Start again/)).not.toBeInTheDocument();
    expect(screen.queryByText(/last round/)).not.toBeInTheDocument();
  });
});

describe('the printed summary', () => {
  it('says what comes next: when to look again, who to share it with, how to start the next round', async () => {
    localStorage.setItem('kai.assessment', savedAssessment());
    await renderApp('/summary');
    const next = await screen.findByRole('region', { name: 'What comes next' }, { timeout: 8000 });
    const items = within(next)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // Six months on from 6 December 2026.
    expect(items[0]).toMatch(/^Look again on 6 June 2027, six months on/);
    expect(items[1]).toMatch(/your chief executive and cabinet/);
    expect(items[2]).toMatch(/choose “Start your next round”/);
  });
});
