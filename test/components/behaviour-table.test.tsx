import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { checklistContent } from '../../src/domain/content/load';
import { savedAssessment } from '../e2e/fixtures';
import { renderApp } from './renderApp';

// Para 16's "Create the organisational climate for innovation (including allowing calculated risk taking
// and tolerating intelligent failures)": "including" brings in examples; the main clause is the leaflet's
// whole first section, "Create the climate for innovation". So its bar is the mean of the section's six
// actions, not of the two in brackets (issue 22), and its table row says which six it averages.
const climate = checklistContent.checklist.sections[0]!;
const RISKS = ['climate.take-calculated-risks', 'climate.experiment-and-learn'];
const CLIMATE_ROW =
  'Create the organisational climate for innovation (including allowing calculated risk taking and tolerating intelligent failures)';

describe("the behaviours' table on the results page", () => {
  beforeEach(() => localStorage.clear());

  it('gives the climate the mean of all six climate actions and names them: risks at 4, the rest at 0 is 33, not 100', async () => {
    // Hand-worked: (100 + 100 + 0 + 0 + 0 + 0) / 6 = 33.3 → 33; gap 67. The two actions in brackets
    // alone would give 100.
    const answers = Object.fromEntries(
      climate.actions.map((a) => [a.id, RISKS.includes(a.id) ? 4 : 0] as const),
    );
    localStorage.setItem('kai.assessment', savedAssessment(answers));
    await renderApp('/results');
    // One click away, under the question it answers (issue 25, item 7).
    await userEvent.click(
      await screen.findByText(
        'How close are you to what leaders in councils achieving more innovations do?',
        undefined,
        { timeout: 10_000 },
      ),
    );
    const table = await screen.findByRole(
      'table',
      { name: 'Your score on what leaders in councils achieving more innovations do' },
      { timeout: 10_000 },
    );
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
      'What those leaders do',
      'Checklist actions it averages',
      'Score',
      'Gap',
    ]);
    const row = within(table).getByRole('rowheader', { name: CLIMATE_ROW }).closest('tr')!;
    const cells = within(row)
      .getAllByRole('cell')
      .map((td) => td.textContent);
    expect(cells).toEqual([climate.actions.map((a) => a.text).join('; '), '33', '67']);
    expect(cells[0]!.split('; ')).toHaveLength(6);
    // No other behaviour names a climate action, so none of them has a score from these answers.
    const others = within(table)
      .getAllByRole('row')
      .slice(1)
      .filter((tr) => tr !== row)
      .map((tr) => within(tr).getAllByRole('cell')[1]!.textContent);
    expect(others).toEqual(Array(6).fill('No score'));
  });
});
