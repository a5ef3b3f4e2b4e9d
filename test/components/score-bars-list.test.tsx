import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScoreBars } from '../../src/components/charts/ScoreBars';
import { drawnChart } from './drawnChart';

// The slides' score charts are lists a reader goes through: one item a bar, its figure as text. The
// drawing beside the list is hidden from assistive technology (the list says it all).
describe('bars as a list', () => {
  it('gives one list item a row, in order, each with its figure, "no score" in words', async () => {
    render(
      <ScoreBars
        list="ol"
        tone="slide"
        axisLabel="Group score (0–100)"
        rows={[
          { label: 'Persist, persist, persist', value: 0, valueLabel: '0' },
          { label: 'Monitor progress closely', value: null, valueLabel: 'no score' },
          { label: 'Invite external challenges', value: 50, valueLabel: '50' },
        ]}
      />,
    );
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Persist, persist, persist: 0',
      'Monitor progress closely: no score',
      'Invite external challenges: 50',
    ]);
    const svg = await drawnChart(document.body);
    expect(svg.closest('[aria-hidden="true"]')).not.toBeNull();
    // "no score" has no bar; a zero still shows where its bar starts.
    expect(svg.querySelectorAll('.chart-bar rect')).toHaveLength(2);
  });

  it('stays rows without list semantics elsewhere (the results pages)', async () => {
    render(
      <ScoreBars
        axisLabel="Your score (0–100)"
        rows={[{ label: 'Lead for innovation', value: 40, valueLabel: '40' }]}
      />,
    );
    expect(screen.queryByRole('list')).toBeNull();
    const svg = await drawnChart(document.body);
    expect(svg.querySelector('text.chart-label')).toHaveTextContent('Lead for innovation');
  });
});
