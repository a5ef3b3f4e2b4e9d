import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

const KEY = 'kai.workshops';
const copiesOf = (key: string) =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith(`${key}:unreadable`))
    .map((k) => localStorage.getItem(k));

describe('saved workshops that cannot be used', () => {
  it('are set aside for download, and the app starts with no workshops', async () => {
    const saved = JSON.stringify({
      version: 1,
      state: { workshops: {} },
    });
    localStorage.setItem(KEY, saved);
    await renderApp('/workshops');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent(
      'Your saved workshops could not be used',
    );
    expect(alert).toHaveTextContent(
      'the saved workshops are not a list. The app is showing no workshops.',
    );
    expect(within(alert).getByRole('link', { name: 'Download what was saved' })).toHaveAttribute(
      'download',
      'key-actions-workshops-saved.json',
    );
    expect(copiesOf(KEY)).toEqual([saved]);
    expect(localStorage.getItem(KEY)).toBe(saved);
    expect(
      await screen.findByText('There are no workshops on this device yet.', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
  });

  it('from a newer version of the app are not overwritten', async () => {
    localStorage.setItem(KEY, '{"version":9,"state":{"workshops":[]}}');
    await renderApp('/workshops');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /saved by a newer version of this app/,
    );
    // Not copied (the newer version reads it as it is) and never changed by this one.
    expect(copiesOf(KEY)).toEqual([]);
    expect(localStorage.getItem(KEY)).toBe('{"version":9,"state":{"workshops":[]}}');
  });
});
