import { create } from 'zustand';

/**
 * Whether a member's turn is on, on a shared device: from "Start answering" until the turn is recorded
 * or the facilitator ends it. While it is, the site's own navigation is hidden and every page but the
 * turn's shows a way back to it instead (AppRoutes), so a member can neither follow a link nor type an
 * address into the device owner's own pages. Kept in memory only: a reload ends the turn.
 */
interface TurnMode {
  active: boolean;
  /** The workshop whose turn is on; null when none is. */
  workshopId: string | null;
  /** The section the member was last on, so that the way back returns there. */
  section: number;
  start(workshopId: string): void;
  at(section: number): void;
  end(): void;
}

export const useTurnMode = create<TurnMode>()((set) => ({
  active: false,
  workshopId: null,
  section: 0,
  start: (workshopId) => set({ active: true, workshopId, section: 0 }),
  at: (section) => set({ section }),
  end: () => set({ active: false, workshopId: null, section: 0 }),
}));
