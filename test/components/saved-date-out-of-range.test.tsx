import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

// Issue 26.12: a plan date saved before the 1900–2100 range was kept is cleared on load, with a
// message; the rest loads as saved, nothing is held as damaged, and the message does not come back.

const fixture = readFileSync(
  join(import.meta.dirname, '../fixtures/saved/assessment-v1-date-out-of-range.json'),
  'utf8',
);

describe('a saved plan date of 31 December 9999', () => {
  it('is cleared, and the user told, once', async () => {
    localStorage.setItem('kai.assessment', fixture);
    await renderApp('/summary');
    expect(
      await screen.findByRole('heading', { name: 'Some dates in your answers were cleared' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'The date 31 December 9999 of action 1 of your plan was cleared: dates run from 1900 to 2100.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    const saved = JSON.parse(localStorage.getItem('kai.assessment')!);
    expect(saved.version).toBe(2);
    expect(saved.state.assessment.plan).toEqual([
      { ...JSON.parse(fixture).state.assessment.plan[0], byWhen: null },
    ]);
    expect(Object.keys(localStorage).filter((k) => k.includes(':unreadable'))).toEqual([]);

    cleanup();
    await renderApp('/summary');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/were cleared/)).not.toBeInTheDocument();
  });
});
