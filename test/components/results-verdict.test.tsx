import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
    // The three sections with no answers show "No score", never a bar at zero. One click away.
    await userEvent.click(
      screen.getByText('Which part of the checklist is strongest, and which weakest?'),
    );
    const region = await screen.findByRole('region', { name: 'Your score in each section' });
    const chart = await drawnChart(region);
    expect(within(chart as unknown as HTMLElement).getAllByText('No score')).toHaveLength(3);
    expect(drawnBars(chart).now).toHaveLength(1);
  });

  it('leads with the three weakest areas, one item of research each, then the next step', async () => {
    localStorage.setItem(KEY, savedAssessment());
    await renderApp('/results');
    const weakest = await screen.findByRole(
      'region',
      { name: 'Your 3 weakest areas' },
      { timeout: 10_000 },
    );
    // Each a region named by its heading: rank, section, action.
    const cards = within(weakest).getAllByRole('region');
    expect(cards.map((c) => within(c).getByRole('heading', { level: 3 }).textContent)).toEqual([
      '1. Create the climate for innovationExperiment, fail quickly and learn from failures',
      '2. Create the climate for innovationTake vital, calculated risks',
      '3. Create the climate for innovationProactively look for fresh ideas, internally and externally',
    ]);
    // The one most direct item each: the rank-1 quote the page gives the action (docs/content.md).
    const quotes = cards.map((c) => within(c).getAllByRole('blockquote'));
    expect(quotes.map((q) => q.length)).toEqual([1, 1, 1]);
    expect(quotes.map((q) => q[0]!.textContent)).toEqual([
      expect.stringContaining(
        "You need to road test it first, to learn what works and what doesn't.",
      ),
      expect.stringContaining('then you have to mitigate the risks.'),
      expect.stringContaining('Make sure that cross fertilisation is going on.'),
    ]);
    expect(within(cards[0]!).getByText('Not at all')).toBeInTheDocument();
    // The rest of an area's research is one click away, and shows no item twice.
    const more = within(cards[0]!).getByText('More research for this area');
    expect(within(cards[0]!).queryByText(/R13/)).toBeNull();
    await userEvent.click(more);
    expect(
      within(cards[0]!)
        .getAllByRole('blockquote')
        .map((q) => q.textContent),
    ).toEqual([
      expect.stringContaining('road test it first'),
      expect.stringContaining(
        'The secret is to recognise quite quickly when it is not going well.',
      ),
    ]);
    expect(
      within(cards[0]!).getByRole('heading', { name: 'More of what other leaders said' }),
    ).toBeInTheDocument();
    // The next two weakest areas are one click away, not on the first screens.
    expect(screen.queryByRole('region', { name: /^4\. / })).toBeNull();
    await userEvent.click(screen.getByText('Your next 2 weakest areas (of your 5 weakest)'));
    expect(screen.getAllByRole('region', { name: /^[45]\. / })).toHaveLength(2);
    // The overall score appears once, in the verdict, with what it stands for (not again in a card).
    expect(screen.getAllByText(/overall score/i)).toHaveLength(1);
    expect(screen.getByText(/overall score is/).closest('p')).toHaveTextContent(
      'Your overall score is 68 out of 100: on average, you answered “To a large extent”.',
    );
    const plan = screen.getAllByRole('link', { name: 'Plan your next steps' })[0]!;
    // The next step follows the three areas and comes before the rest of the detail.
    expect(cards[2]!.compareDocumentPosition(plan) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const rest = screen.getByRole('heading', { level: 2, name: 'More about your results' });
    expect(plan.compareDocumentPosition(rest) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('leads with the rank-1 recommendation where no quote speaks to the action, and says when neither does', async () => {
    // Every action "Fully" but three: working across the council 0 (no quote is tagged with it; R8 is
    // its rank-1 recommendation), celebrating achievements 1 and devoting resources 2 (nothing tagged).
    // Weakest by gap: 100, 75, 50.
    const all = checklistContent.checklist.sections.flatMap((s) => s.actions.map((a) => a.id));
    const low: Record<string, number> = {
      'leading.work-cross-council': 0,
      'climate.celebrate-achievements': 1,
      'delivery.devote-resources': 2,
    };
    localStorage.setItem(
      KEY,
      savedAssessment(Object.fromEntries(all.map((id) => [id, low[id] ?? 4]))),
    );
    await renderApp('/results');
    const weakest = await screen.findByRole(
      'region',
      { name: 'Your 3 weakest areas' },
      { timeout: 10_000 },
    );
    const [work, celebrate, resources] = within(weakest).getAllByRole('region');
    expect(work).toHaveTextContent(
      /A recommendation from the Audit Commission's 2007 report "Seeing the light: Innovation in local public services":\s*R8 /,
    );
    expect(within(work!).queryByRole('blockquote')).toBeNull();
    for (const card of [celebrate!, resources!]) {
      expect(card).toHaveTextContent(
        "None of the leaders' quotes or the report's recommendations speaks directly to this action.",
      );
      // Opened, its research says that no more: it goes on to the examples.
      await userEvent.click(within(card).getByText('More research for this area'));
      expect(
        within(card)
          .getAllByRole('heading', { level: 4 })
          .map((h) => h.textContent),
      ).toEqual(['Examples from other councils']);
      expect(card.textContent!.match(/None of the leaders' quotes/g)).toHaveLength(1);
      expect(card.textContent).not.toMatch(/None of the report's recommendations/);
    }
    // Nothing else below: "Not sure" left none out, and no more weak areas to open.
    expect(screen.queryByText(/Your next \d weakest/)).toBeNull();
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
