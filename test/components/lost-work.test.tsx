import { render, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPage } from '../../src/routing/lazyPage';
import type { Assessment } from '../../src/domain/assessment/assessment';
import { writePersonalFile } from '../../src/domain/exchange/personalFile';
import { roundEntry } from '../../src/domain/history/round';
import { encodeResponseCode } from '../../src/domain/response/responseCode';
import { checklist, everyAction, scale } from '../domain/fixtures';
import { emptyWorkshop } from '../domain/workshop-fixtures';
import { renderApp } from './renderApp';
import { savedAssessmentText } from './savedAssessmentText';

// Issue 26, "Lost": each of these failed on the code before the fix (see the notes beside each).

const stored = (key: string) => localStorage.getItem(key);

/** Storage that refuses one key (or every key) as a full disk does, and accepts the rest. */
function fullFor(key?: string) {
  const real = Storage.prototype.setItem;
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
    this: Storage,
    k: string,
    v: string,
  ) {
    if (key === undefined || k === key) throw new DOMException('full', 'QuotaExceededError');
    real.call(this, k, v);
  });
}
afterEach(() => vi.restoreAllMocks());

const started = (fields: Record<string, unknown> = {}) =>
  savedAssessmentText({
    id: 'current',
    answers: everyAction(1),
    notes: {},
    aboutYou: { name: '', role: '', council: '' },
    plan: [],
    startedAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:30:00.000Z',
    ...fields,
  });

describe('item 4: the scanner says "added" only after a checked write', () => {
  it('with storage full, says the code was not saved, and counts nothing', async () => {
    vi.resetModules();
    const { useWorkshopStore } = await import('../../src/state/workshopStore');
    const { receiveScan } = await import('../../src/features/workshop/add/scan/receiveScan');
    useWorkshopStore.getState().importWorkshop(emptyWorkshop(), 'copy');
    const before = stored('kai.workshops');
    const code = encodeResponseCode(
      { responseId: 'aa11bb22', answers: { 'climate.encourage-creativity': 3 } },
      checklist,
      scale,
    );
    if (!code.ok) throw new Error(code.message);
    fullFor();
    // Before the fix: { kind: 'added', label: … } while nothing reached storage.
    const arrival = receiveScan('w1', code.value, { checklist, scale });
    expect(arrival.kind).toBe('not-saved');
    expect(arrival).toMatchObject({
      message: expect.stringMatching(/storage for this site is full/),
    });
    expect(stored('kai.workshops')).toBe(before);
    // Nothing on screen either: the workshop in memory is what a reload would show.
    expect(useWorkshopStore.getState().workshops[0]!.participants).toEqual([]);
  });
});

describe('item 6: an import is all or nothing', () => {
  const file = () => {
    const earlier = JSON.parse(
      started({ id: 'last-year', answers: everyAction(3), updatedAt: '2025-11-01T09:30:00.000Z' }),
    ).state.assessment as Assessment;
    const incoming = JSON.parse(started({ id: 'from-file', answers: everyAction(4) })).state
      .assessment as Assessment;
    return new File(
      [
        writePersonalFile(incoming, checklist, new Date('2026-11-02T10:00:00Z'), [
          roundEntry(earlier, 'Round', new Date('2025-11-01T10:00:00Z')),
        ]),
      ],
      'mine.json',
      { type: 'application/json' },
    );
  };

  // The history goes in first, then the snapshot of what the user has, then the file's assessment;
  // before the fix, a failure at the second or third step left the first in place.
  for (const failing of ['kai.snapshots', 'kai.assessment']) {
    it(`when ${failing} cannot be written: nothing has changed, the history included`, async () => {
      localStorage.setItem('kai.assessment', started());
      const { user } = await renderApp('/your-data');
      const before = Object.fromEntries(
        ['kai.assessment', 'kai.history', 'kai.snapshots'].map((k) => [k, stored(k)]),
      );
      await user.upload(await screen.findByLabelText(/Choose an assessment file/), file());
      fullFor(failing);
      await user.click(await screen.findByRole('button', { name: 'Replace my assessment' }));
      expect(await screen.findByText(/The file has not been opened/)).toBeInTheDocument();
      vi.restoreAllMocks();
      for (const [k, v] of Object.entries(before)) expect(stored(k)).toBe(v);
      expect(screen.queryByText(/added to your history/)).not.toBeInTheDocument();
    });
  }
});

describe('item 2: About you saves only what its user changed', () => {
  it('keeps a name saved in another tab when this tab saves a role', async () => {
    localStorage.setItem('kai.assessment', started());
    const { user } = await renderApp('/about-you');
    // Another tab saves a name while this one is open.
    localStorage.setItem(
      'kai.assessment',
      started({ aboutYou: { name: 'Saved Elsewhere', role: '', council: '' } }),
    );
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'kai.assessment', storageArea: localStorage }),
    );
    await user.type(screen.getByLabelText('Your role'), 'Leader');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const { aboutYou } = JSON.parse(stored('kai.assessment')!).state.assessment;
    // Before the fix: { name: '', role: 'Leader', … }, the other tab's name gone.
    expect(aboutYou).toEqual({ name: 'Saved Elsewhere', role: 'Leader', council: '' });
  });

  it('keeps it even when the other tab’s news has not arrived yet (a write notices)', async () => {
    localStorage.setItem('kai.assessment', started());
    const { user } = await renderApp('/about-you');
    // No storage event: the other tab's write lands just before this tab's own.
    localStorage.setItem(
      'kai.assessment',
      started({ aboutYou: { name: 'Saved Elsewhere', role: '', council: '' } }),
    );
    await user.type(screen.getByLabelText('Your council'), 'Anytown');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const { aboutYou } = JSON.parse(stored('kai.assessment')!).state.assessment;
    expect(aboutYou).toEqual({ name: 'Saved Elsewhere', role: '', council: 'Anytown' });
  });
});

describe('item 3: a page whose code will not load', () => {
  it('says a new version is here, with a reload, instead of emptying the screen', async () => {
    const Page = lazyPage(
      () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      (m: { P: () => null }) => m.P,
    );
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <p>
          <label>
            Half-typed <input defaultValue="kept" />
          </label>
        </p>
        <Page />
      </Suspense>,
    );
    // Before the fix the rejection reached React uncaught, and the whole tree was taken down.
    expect(
      await screen.findByRole('heading', {
        name: 'A new version is here: reload to open this page',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload to open this page' })).toBeInTheDocument();
    expect(screen.getByLabelText('Half-typed')).toHaveValue('kept');
  });
});

describe('item 5: a workshop turn with answers in it', () => {
  it('asks before the page is left, and only while it has answers', async () => {
    vi.resetModules();
    const { useTurnInProgress } = await import('../../src/features/workshop/turn/turnInProgress');
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const turn = useTurnInProgress.getState();
    turn.start('w1', { name: 'Fay' });
    expect(leave()).toBe(false);
    turn.answer('climate.encourage-creativity', 2);
    // Before the fix nothing asked: the answers went with the page.
    expect(leave()).toBe(true);
    turn.clear();
    expect(leave()).toBe(false);
  });

  it('after a reload, says the unfinished turn was not kept, once', async () => {
    localStorage.setItem(
      'kai.workshops',
      JSON.stringify({ version: 2, state: { workshops: [emptyWorkshop()] } }),
    );
    vi.resetModules();
    const { useTurnInProgress } = await import('../../src/features/workshop/turn/turnInProgress');
    useTurnInProgress.getState().start('w1', { name: 'Fay' });
    useTurnInProgress.getState().answer('climate.encourage-creativity', 2);
    // The reload: memory goes, this tab's session storage stays.
    const first = await renderApp('/workshops/w1/turn');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('The last turn was not kept');
    first.unmount();
    await renderApp('/workshops/w1/turn');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText('The last turn was not kept')).not.toBeInTheDocument();
  });
});
