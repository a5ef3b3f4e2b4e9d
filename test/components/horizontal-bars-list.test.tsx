import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HorizontalBars } from '../../src/components/charts/HorizontalBars';

// The slides' score charts are lists a reader goes through: one item a bar, its figure as text.
describe('bars as a list', () => {
  it('gives one list item a row, in order, each with its figure, "no score" in words', () => {
    render(
      <HorizontalBars
        list="ol"
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
      'Persist, persist, persist0',
      'Monitor progress closelyno score',
      'Invite external challenges50',
    ]);
  });

  it('stays rows without list semantics elsewhere (the results pages)', () => {
    render(
      <HorizontalBars
        axisLabel="Your score (0–100)"
        rows={[{ label: 'Lead for innovation', value: 40, valueLabel: '40' }]}
      />,
    );
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText('Lead for innovation')).toBeVisible();
  });
});
