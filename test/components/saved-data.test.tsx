import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';
import { savedAssessmentText } from './savedAssessmentText';

const KEY = 'kai.assessment';

/** Every copy set aside for a key, oldest first. */
function copiesOf(key: string): string[] {
  return Object.keys(localStorage)
    .filter((k) => k.startsWith(`${key}:unreadable`))
    .sort()
    .map((k) => localStorage.getItem(k)!);
}

async function expectProblem(saved: string, message: RegExp) {
  localStorage.setItem(KEY, saved);
  const { user } = await renderApp('/');
  const alert = screen.getByRole('alert');
  expect(within(alert).getByRole('heading')).toHaveTextContent(
    'Your saved answers could not be used',
  );
  expect(alert).toHaveTextContent(message);
  // The app still works: a fresh start is offered, and the saved text is kept for download.
  expect(screen.getByRole('link', { name: 'Start now' })).toBeInTheDocument();
  // Data from a newer version is not copied: it is left exactly as it is, for that version.
  expect(copiesOf(KEY)).toEqual(saved.includes('"version":7') ? [] : [saved]);
  expect(localStorage.getItem(KEY)).toBe(saved);
  const download = within(alert).getByRole('link', { name: 'Download what was saved' });
  expect(download).toHaveAttribute('download', 'key-actions-assessment-saved.json');
  return { user, alert };
}

describe('saved data that cannot be used', () => {
  it('half-written text: says so, keeps it for download, and discards it only when asked', async () => {
    const { user, alert } = await expectProblem(
      '{"version":1,"state":{"assess',
      /damaged \(it is not complete JSON\)/,
    );
    await user.click(within(alert).getByRole('button', { name: 'Start fresh and discard it' }));
    expect(screen.queryByText(/could not be used/)).not.toBeInTheDocument();
    expect(copiesOf(KEY)).toEqual([]);
  });

  it('from a newer version of the app', async () => {
    await expectProblem(
      '{"version":7,"state":{}}',
      /saved by a newer version of this app \(format 7/,
    );
  });

  it('edited by hand: an answer for an action that does not exist', async () => {
    const saved = savedAssessmentText({
      answers: { 'climate.nap-more': 2 },
      notes: {},
      aboutYou: {},
    });
    await expectProblem(
      saved,
      /an answer for "climate.nap-more", which is not an action in this checklist/,
    );
  });

  it('an answer off the scale', async () => {
    const saved = savedAssessmentText({ answers: { 'climate.encourage-creativity': 9 } });
    await expectProblem(
      saved,
      /the answer for "climate.encourage-creativity" \(9\) is not one of the answer options/,
    );
  });
});

describe('a full localStorage', () => {
  it('tells the user the change was not saved, and keeps what was saved before', async () => {
    const { user } = await renderApp('/section/climate');
    const group = screen.getByRole('group', { name: /Do you encourage creativity\?/ });
    await user.click(within(group).getByRole('radio', { name: 'To some extent' }));
    const before = localStorage.getItem(KEY);

    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.click(within(group).getByRole('radio', { name: 'Not at all' }));
    setItem.mockRestore();

    expect(screen.getByRole('alert')).toHaveTextContent(
      /storage for this site is full, so your latest change has not been saved/,
    );
    expect(localStorage.getItem(KEY)).toBe(before);
    // The answer stays on screen, and is saved as soon as storage allows.
    expect(within(group).getByRole('radio', { name: 'Not at all' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: 'To a small extent' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(
      JSON.parse(localStorage.getItem(KEY)!).state.assessment.answers[
        'climate.encourage-creativity'
      ],
    ).toBe(1);
  });
});

describe('another tab', () => {
  it('that runs a newer version: this tab follows it and never writes over its data', async () => {
    const { user } = await renderApp('/section/climate');
    const group = screen.getByRole('group', { name: /Do you encourage creativity\?/ });
    await user.click(within(group).getByRole('radio', { name: 'To some extent' }));

    const newer = '{"version":3,"state":{"assessment":{"shape":"of the future"}}}';
    localStorage.setItem(KEY, newer);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, storageArea: localStorage }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/saved by a newer version of this app \(format 3/);
    expect(within(alert).queryByRole('button')).not.toBeInTheDocument();

    await user.click(within(group).getByRole('radio', { name: 'Not at all' }));
    expect(localStorage.getItem(KEY)).toBe(newer);
    expect(
      screen.getByRole('heading', { name: /change to your answers has not been saved/ }),
    ).toBeInTheDocument();
  });

  it('that deletes everything: this tab empties too', async () => {
    const { user } = await renderApp('/section/climate');
    const group = screen.getByRole('group', { name: /Do you encourage creativity\?/ });
    await user.click(within(group).getByRole('radio', { name: 'To some extent' }));
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    await vi.waitFor(() =>
      expect(within(group).getByRole('radio', { name: 'To some extent' })).not.toBeChecked(),
    );
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});
