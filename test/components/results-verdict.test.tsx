import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { checklistContent } from '../../src/domain/content/load';
import { savedAssessment } from '../e2e/fixtures';
import { drawnBars, drawnChart } from './drawnChart';
import { renderApp } from './renderApp';

const KEY = 'kai.assessment';
const CLIMATE = checklistContent.checklist.sections[0]!.actions.map((a) => a.id);

describe('the results page opens with a verdict', () => {
  beforeEach(() => localStorage.clear());

  it('partly answered: says how much is answered, links on, and draws "no score" as words', async () => {
    // Only the climate section: 0 1 2 3 4 and "not sure" → (0+1+2+3+4)/20 = 50; 6 of 20 answered.
    const answers = Object.fromEntries(
      CLIMATE.map((id, i) => [id, i === 5 ? 'not-sure' : i] as const),
    );
    localStorage.setItem(KEY, savedAssessment(answers));
    await renderApp('/results');
    const note = await screen.findByRole(
      'note',
      { name: 'How much you have answered' },
      { timeout: 10_000 },
    );
    expect(note).toHaveTextContent('You have answered 6 of 20 actions');
    expect(
      within(note).getByRole('link', { name: 'Continue answering: Lead for innovation' }),
    ).toHaveAttribute('href', '/section/leading');
    expect(screen.getByText(/So far, your overall score is/).closest('p')).toHaveTextContent(
      'So far, your overall score is 50 out of 100: on average, you answered “To some extent”.',
    );
    // The three sections with no answers show "No score", never a bar at zero.
    // Below the first screen: drawn just after the first paint (components/RenderLater).
    const region = await screen.findByRole('region', { name: 'Your score in each section' });
    const chart = await drawnChart(region);
    expect(within(chart as unknown as HTMLElement).getAllByText('No score')).toHaveLength(3);
    expect(drawnBars(chart).now).toHaveLength(1);
  });

  it('names the top three areas and the next step before the detail', async () => {
    localStorage.setItem(KEY, savedAssessment());
    await renderApp('/results');
    // Named in the words of the weak areas further down, of which they are the first three.
    const list = await screen.findByRole(
      'list',
      { name: 'Your 3 weakest areas, to work on first:' },
      { timeout: 10_000 },
    );
    const named = [
      'Experiment, fail quickly and learn from failures',
      'Take vital, calculated risks',
      'Proactively look for fresh ideas, internally and externally',
    ];
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(named);
    expect(screen.getByRole('heading', { level: 2, name: 'Your 5 weakest areas' })).toBeVisible();
    // The cards under it follow the first paint (RenderLater), each a region named by its heading.
    await waitFor(() =>
      expect(screen.getAllByRole('region', { name: /^[1-5]\. / })).toHaveLength(5),
    );
    const cards = screen.getAllByRole('region', { name: /^[1-5]\. / });
    expect(cards.slice(0, 3).map((c) => named.find((t) => c.textContent!.includes(t)))).toEqual(
      named,
    );
    // The overall score appears once, in the verdict, with what it stands for (not again in a card).
    expect(screen.getAllByText(/overall score/i)).toHaveLength(1);
    expect(screen.getByText(/overall score is/).closest('p')).toHaveTextContent(
      'Your overall score is 68 out of 100: on average, you answered “To a large extent”.',
    );
    const plan = screen.getAllByRole('link', { name: 'Plan your next steps' })[0]!;
    const weakest = screen.getByRole('heading', { name: /weakest area/ });
    // The next step comes before the detail in reading order.
    expect(plan.compareDocumentPosition(weakest) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('the printed summary', () => {
  beforeEach(() => localStorage.clear());

  it('prints the notes written on "Not sure" answers', async () => {
    const answers = Object.fromEntries(
      CLIMATE.map((id, i) => [id, i === 1 ? 'not-sure' : 2] as const),
    );
    localStorage.setItem(
      KEY,
      savedAssessment(answers, { notes: { [CLIMATE[1]!]: 'Ask the chief executive first.' } }),
    );
    await renderApp('/summary');
    const section = await screen.findByRole(
      'region',
      { name: 'My notes on the actions I was not sure about' },
      { timeout: 10_000 },
    );
    expect(section).toHaveTextContent('Invite external challenges: Ask the chief executive first.');
  });
});
