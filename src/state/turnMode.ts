import { create } from 'zustand';

/**
 * Whether a member is answering on a shared device right now. While they are, the site's own
 * navigation is hidden, so they cannot wander into the device owner's results. Kept in memory only:
 * a reload ends the turn, and with it the private view.
 */
export const useTurnMode = create<{ active: boolean; setActive(active: boolean): void }>()(
  (set) => ({
    active: false,
    setActive: (active) => set({ active }),
  }),
);
