import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

const KEY = 'kai.workshops';

describe('saved workshops that cannot be used', () => {
  it('are set aside for download, and the app starts with no workshops', async () => {
    const saved = JSON.stringify({
      version: 1,
      state: { workshops: [{ title: 'Half a workshop' }] },
    });
    localStorage.setItem(KEY, saved);
    await renderApp('/workshops');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent(
      'Your saved workshops could not be used',
    );
    expect(alert).toHaveTextContent(
      'workshop 1: it is not a workshop (it names no checklist). The app is showing no workshops.',
    );
    expect(within(alert).getByRole('link', { name: 'Download what was saved' })).toHaveAttribute(
      'download',
      'key-actions-workshops-saved.json',
    );
    expect(localStorage.getItem(`${KEY}:unreadable`)).toBe(saved);
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
    expect(localStorage.getItem(`${KEY}:unreadable`)).toBe(
      '{"version":9,"state":{"workshops":[]}}',
    );
  });
});
