import { create } from 'zustand';

interface AppUpdate {
  /** Set once a new version has been downloaded and is waiting; calling it switches and reloads. */
  reload: (() => void) | null;
  offer(reload: () => void): void;
}

export const useAppUpdate = create<AppUpdate>()((set) => ({
  reload: null,
  offer: (reload) => set({ reload }),
}));
