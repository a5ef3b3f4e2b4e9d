import { describe, expect, it, vi } from 'vitest';
import { earlierWorkshop } from '../../src/domain/workshop/linkEarlier';
import {
  answersWith,
  emptyWorkshop,
  fivePersonWorkshop,
  response,
} from '../domain/workshop-fixtures';
import { checklist, scale } from '../domain/fixtures';

// The store, as the pages use it: a late answer added to the earlier workshop reaches the later
// workshop's comparison, on screen and in what is saved (so also in its export).
describe('a workshop compared with an earlier one on this device', () => {
  it('follows a late answer added to the earlier workshop', async () => {
    vi.resetModules();
    const { useWorkshopStore } = await import('../../src/state/workshopStore');
    const store = useWorkshopStore.getState();
    const firstId = store.importWorkshop(fivePersonWorkshop(true), 'copy').id;
    const laterId = store.importWorkshop({ ...emptyWorkshop(true), id: 'w2' }, 'copy').id;
    const first = useWorkshopStore.getState().workshops.find((w) => w.id === firstId)!;
    const earlier = earlierWorkshop(first, checklist, scale);
    if (!earlier.ok) throw new Error(earlier.message);
    expect(store.linkEarlier(laterId, earlier.value)).toEqual({ kind: 'saved' });

    store.addResponses(firstId, [
      {
        response: response('late0001', 'Fay', answersWith(4)),
        source: 'file',
        onDuplicate: 'keep-both',
      },
    ]);

    const later = () => useWorkshopStore.getState().workshops.find((w) => w.id === laterId)!;
    // Hand-worked in test/domain/workshop-follow-earlier.test.ts: six members, overall 65.49.
    expect(later().earlier!.figures.participants).toBe(6);
    expect(Math.round(later().earlier!.overall! * 100) / 100).toBe(65.49);
    const saved = JSON.parse(localStorage.getItem('kai.workshops')!).state.workshops;
    expect(saved.find((w: { id: string }) => w.id === laterId).earlier.figures.participants).toBe(
      6,
    );
  });
});
