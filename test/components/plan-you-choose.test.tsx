import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { HAND_WORKED_ANSWERS, savedAssessment } from '../e2e/fixtures';
import { renderApp } from './renderApp';
import { setUpPage } from './pageSetup';

// Issue 25, items 8, 9 and 15: a plan you choose, a date gone by questioned (never refused), and last
// plan's unfinished commitments brought forward. The clock is fixed: "today" is 6 December 2026.

// Midday on 6 December 2026 in whatever time zone the suite runs in (TZ=Pacific/Kiritimati too).
const TODAY = new Date(2026, 11, 6, 12, 0);
// The hand-worked answers' weakest areas, in order (assessment.e2e.ts).
const WEAKEST = [
  'Experiment, fail quickly and learn from failures',
  'Take vital, calculated risks',
  'Proactively look for fresh ideas, internally and externally',
  'Build a united political and managerial leadership approach to innovation',
  'Convincingly communicate the need for priority innovations to residents, employees and partners',
];

const saved = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null');
const cardTitles = () =>
  screen
    .queryAllByRole('heading', { level: 2, name: /^Action \d/ })
    .map((h) => h.lastChild?.textContent);

setUpPage(TODAY);

async function openPlan() {
  const app = await renderApp('/plan');
  await screen.findByRole('heading', { level: 1, name: 'Plan your next steps' }, { timeout: 8000 });
  return app;
}

describe('a plan you choose', () => {
  it('starts with the three weakest areas, not five', async () => {
    localStorage.setItem('kai.assessment', savedAssessment());
    await openPlan();
    expect(cardTitles()).toEqual(WEAKEST.slice(0, 3));
    expect(saved('kai.assessment').state.assessment.plan).toHaveLength(3);
  });

  it('lists the rest weakest first, each with its answer, under "Add an action"', async () => {
    localStorage.setItem('kai.assessment', savedAssessment());
    await openPlan();
    const options = within(screen.getByRole('combobox', { name: 'Action to add' }))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options.slice(0, 3)).toEqual([
      'Choose an action',
      `${WEAKEST[3]} – your answer: To some extent`,
      `${WEAKEST[4]} – your answer: To some extent`,
    ]);
    // Answered "Fully" (gap 0) before "Not sure" (no score), which comes last with the unanswered.
    expect(options.at(-1)).toMatch(/– your answer: Not sure$/);
    expect(options).toHaveLength(1 + 20 - 3);
  });

  it('removes an area with undo, which puts it back where it was with what was typed', async () => {
    localStorage.setItem('kai.assessment', savedAssessment());
    const { user } = await openPlan();
    const whats = () => screen.getAllByRole('textbox', { name: /^What I will do/ });
    await user.type(whats()[0]!, 'x');
    await user.type(whats()[1]!, 'Agree a risk appetite');
    await user.click(screen.getByRole('button', { name: `Remove “${WEAKEST[1]}” from plan` }));
    expect(cardTitles()).toEqual([WEAKEST[0], WEAKEST[2]]);
    const notice = screen
      .getByText(/is removed from your plan/)
      .closest<HTMLElement>('[role=status]')!;
    expect(notice).toHaveTextContent(`“${WEAKEST[1]}” is removed from your plan.`);
    expect(notice).toHaveFocus();
    expect(saved('kai.assessment').state.assessment.plan).toHaveLength(2);

    await user.click(within(notice).getByRole('button', { name: `Undo removing “${WEAKEST[1]}”` }));
    expect(cardTitles()).toEqual(WEAKEST.slice(0, 3));
    expect(whats()[1]).toHaveValue('Agree a risk appetite');
    expect(screen.queryByText(/is removed from your plan/)).not.toBeInTheDocument();
    await vi.waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: /^Action 2/ })).toHaveFocus(),
    );
    expect(
      saved('kai.assessment').state.assessment.plan.map((p: { what: string }) => p.what),
    ).toEqual(['x', 'Agree a risk appetite', '']);
  });

  it('never lets an empty row block saving', async () => {
    localStorage.setItem('kai.assessment', savedAssessment());
    const { user } = await openPlan();
    await user.type(screen.getAllByRole('textbox', { name: /^What I will do/ })[0]!, 'Two pilots');
    await user.click(screen.getByRole('button', { name: 'Save plan and see your summary' }));
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: /Your action summary$/ },
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
  });
});

describe('a date gone by in the plan', () => {
  it('is asked about, "31 March 2026 has passed. Is that right?", and still saved', async () => {
    localStorage.setItem('kai.assessment', savedAssessment());
    const { user } = await openPlan();
    await user.type(screen.getAllByRole('textbox', { name: /^What I will do/ })[0]!, 'Two pilots');
    await user.type(screen.getAllByRole('textbox', { name: 'Day' })[0]!, '31');
    await user.type(screen.getAllByRole('textbox', { name: 'Month' })[0]!, '3');
    await user.type(screen.getAllByRole('textbox', { name: 'Year' })[0]!, '2026');
    const date = screen.getAllByRole('group', { name: /By when/ })[0]!;
    expect(date).toHaveAccessibleDescription(
      expect.stringContaining('31 March 2026 has passed. Is that right?'),
    );
    // Today is not past.
    await user.clear(screen.getAllByRole('textbox', { name: 'Year' })[1]!);
    await user.type(screen.getAllByRole('textbox', { name: 'Day' })[1]!, '6');
    await user.type(screen.getAllByRole('textbox', { name: 'Month' })[1]!, '12');
    await user.type(screen.getAllByRole('textbox', { name: 'Year' })[1]!, '2026');
    expect(screen.getAllByText(/has passed\. Is that right\?/)).toHaveLength(1);
    await user.type(screen.getAllByRole('textbox', { name: /^What I will do/ })[1]!, 'Risk');
    await user.click(screen.getByRole('button', { name: 'Save plan and see your summary' }));
    await screen.findByRole(
      'heading',
      { level: 1, name: /Your action summary$/ },
      { timeout: 8000 },
    );
    expect(
      saved('kai.assessment').state.assessment.plan.map((p: { byWhen: string }) => p.byWhen),
    ).toEqual(['2026-03-31', '2026-12-06', null]);
  });
});

describe('unfinished commitments', () => {
  it("come first in the new plan, with last time's words and review", async () => {
    const lastPlan = [
      {
        actionId: 'delivery.persist',
        what: 'Keep the pilots going',
        who: 'Cabinet',
        byWhen: '2026-09-30',
        measure: 'Two a year',
      },
      {
        actionId: 'climate.experiment-and-learn',
        what: 'Stop failing pilots early',
        who: '',
        byWhen: null,
        measure: '',
      },
      {
        actionId: 'leading.listen-to-others',
        what: 'Listen more',
        who: '',
        byWhen: null,
        measure: '',
      },
    ];
    const round = JSON.parse(
      savedAssessment(HAND_WORKED_ANSWERS, { id: 'round-1', plan: lastPlan }),
    ).state.assessment;
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
              review: [
                { actionId: 'delivery.persist', outcome: 'partly', note: 'One pilot ran' },
                { actionId: 'climate.experiment-and-learn', outcome: 'done', note: '' },
                { actionId: 'leading.listen-to-others', outcome: 'not-done', note: '' },
              ],
            },
          ],
        },
      }),
    );
    localStorage.setItem(
      'kai.assessment',
      savedAssessment(HAND_WORKED_ANSWERS, {
        id: 'round-2',
        startedAt: '2026-12-01T09:00:00.000Z',
      }),
    );
    await openPlan();
    expect(cardTitles()).toEqual([
      'Persist, persist, persist',
      "Listen to others' ideas, comments and concerns",
      ...WEAKEST.slice(0, 3),
    ]);
    const whats = screen.getAllByRole('textbox', { name: /^What I will do/ });
    expect(whats.slice(0, 2).map((w) => (w as HTMLTextAreaElement).value)).toEqual([
      'Keep the pilots going',
      'Listen more',
    ]);
    expect(screen.getAllByRole('textbox', { name: /^Who I will involve/ })[0]).toHaveValue(
      'Cabinet',
    );
    expect(
      screen.getByText(
        /^In your plan of 1 June 2026, reviewed as “Partly done”: “One pilot ran”\./,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^In your plan of 1 June 2026, reviewed as “Not done”\./),
    ).toBeInTheDocument();
    // Done is not carried forward.
    expect(screen.queryByText(/reviewed as “Done”/)).not.toBeInTheDocument();
  });
});
