import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SPLIT_RULE } from '../../src/domain/group/split';
import { groupReport } from '../../src/domain/group/groupReport';
import { slidesFor } from '../../src/domain/group/slides';
import { DiscussionTimer } from '../../src/features/workshop/present/DiscussionTimer';
import { SlideView } from '../../src/features/workshop/present/SlideView';
import { ActionsTable } from '../../src/features/workshop/summary/ActionsTable';
import { fivePersonWorkshop, groupContent, MONITOR } from '../domain/workshop-fixtures';
import { renderApp } from './renderApp';
import { setUpPage } from './pageSetup';
import { renderWithContent } from '../support/withContent';

// Issue 25, items 2, 4, 6 and 9 (group plan): one timer, one scale in the deck, the printed legend
// says the split rule, and a date gone by in the group plan is asked about, not refused.

const workshop = { ...fivePersonWorkshop(), revealed: true };
const view = groupReport(groupContent, workshop);

setUpPage();

describe('one scale in the deck', () => {
  it("shows a section as group scores out of 100, and says what they mean in the answers' words", () => {
    renderWithContent(<SlideView slide={slidesFor(view).find((s) => s.kind === 'section')!} />);
    // Hand-worked (workshop-fixtures): most actions 3 3 2 2 2 → 60; "experiment" 0 4 2 2 2 → 50.
    // The chart's rows as a list, each in words: the action, its group score and its answers' range.
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items.map((t) => /group score (\d+)/.exec(t)?.[1])).toEqual([
      '60',
      '60',
      '60',
      '60',
      '50',
      '60',
    ]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Section 1 of 4: group scores out of 100',
    );
    expect(
      screen.getByText(
        /0 is “Not at all”, 25 “To a small extent”, 50 “To some extent”, 75 “To a large extent”, 100 “Fully – it is how we work”/,
      ),
    ).toBeInTheDocument();
    // 0 4 2 2 2: its line says the whole range in the answers' words.
    expect(items[4]).toMatch(
      /^Experiment, fail quickly and learn from failures: group score 50, answers from “Not at all” to “Fully – it is how we work”\.$/,
    );
    expect(document.body.textContent).not.toMatch(/\d\.\d/);
  });
});

describe('the printed group summary', () => {
  it('says, under every action, that "split" is marked by the split rule, which it states', async () => {
    localStorage.setItem(
      'kai.workshops',
      JSON.stringify({ version: 1, state: { workshops: [workshop] } }),
    );
    await renderApp(`/workshops/${workshop.id}/summary`);
    const legend = await screen.findByText(/How many gave each answer/, {}, { timeout: 8000 });
    expect(legend).toHaveTextContent(
      '“split” marks the actions the group is split on, by the rule under “Where the group was split”, not by the spread.',
    );
    expect(legend).not.toHaveTextContent(/disagree/);
    const split = screen.getByRole('heading', { name: 'Where the group was split' });
    expect(split.nextElementSibling).toHaveTextContent(SPLIT_RULE);
    // "monitor" 3 3 2 0 2 has a spread of 3, but one member apart is not a split: not marked.
    renderWithContent(<ActionsTable actions={view.byGap.filter((a) => a.actionId === MONITOR)} />);
    expect(view.byGap.find((a) => a.actionId === MONITOR)!.spread).toBe(3);
    expect(screen.queryAllByText('split')).toHaveLength(0);
  });
});

describe('the discussion timer', () => {
  it('counts down once, pauses and resets, and at zero says "Time is up" large, silently', async () => {
    vi.useFakeTimers({ now: new Date(2026, 11, 6, 12, 0) });
    render(<DiscussionTimer />);
    const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
    const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Timer, minutes' }), {
      target: { value: '1' },
    });
    const timer = screen.getByRole('timer');
    expect(timer).toHaveTextContent('Time left: 1:00');
    click('Start');
    wait(20_000);
    expect(timer).toHaveTextContent('0:40');
    click('Pause');
    wait(20_000);
    expect(timer).toHaveTextContent('0:40');
    click('Resume');
    wait(41_000);
    expect(timer).toHaveTextContent('0:00');
    expect(screen.getByRole('status')).toHaveTextContent('Time is up');
    expect(screen.getByRole('checkbox', { name: 'Sound at time up' })).not.toBeChecked();
    click('Reset');
    expect(timer).toHaveTextContent('1:00');
    expect(screen.getByRole('status')).toHaveTextContent('');
    // The minutes chosen are kept for this tab.
    expect(sessionStorage.getItem('kai.timer-minutes')).toBe('1');
  });
});

describe('a date gone by in the group plan', () => {
  it('is asked about and saved, not refused', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 11, 6, 12, 0) });
    localStorage.setItem(
      'kai.workshops',
      JSON.stringify({ version: 1, state: { workshops: [workshop] } }),
    );
    const { user } = await renderApp(`/workshops/${workshop.id}/plan/new?action=delivery.persist`);
    await screen.findByRole('heading', { level: 1, name: /Add a group action/ }, { timeout: 8000 });
    await user.type(screen.getByRole('textbox', { name: 'What will the group do?' }), 'Keep going');
    const date = screen.getByRole('group', { name: /By when/ });
    await user.type(within(date).getByRole('textbox', { name: 'Day' }), '31');
    await user.type(within(date).getByRole('textbox', { name: 'Month' }), '3');
    await user.type(within(date).getByRole('textbox', { name: 'Year' }), '2026');
    expect(date).toHaveAccessibleDescription(
      expect.stringContaining('31 March 2026 has passed. Is that right?'),
    );
    await user.click(screen.getByRole('button', { name: 'Save and return to the plan' }));
    await screen.findByRole('heading', { level: 1, name: /Group action plan/ }, { timeout: 8000 });
    const saved = JSON.parse(localStorage.getItem('kai.workshops')!).state.workshops[0];
    expect(saved.plan).toEqual([
      {
        actionId: 'delivery.persist',
        what: 'Keep going',
        who: '',
        byWhen: '2026-03-31',
        measure: '',
      },
    ]);
  });
});
