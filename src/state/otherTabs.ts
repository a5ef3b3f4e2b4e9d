import { create } from 'zustand';

/**
 * Written and removed at once by "Delete all my data", so every other open tab hears of the delete
 * (a storage event) before the keys themselves go, and stops writing anything it held from before.
 */
export const DELETE_SIGNAL_KEY = 'kai.deleted-all';
const CHANNEL = 'kai.saved';

interface OtherTabs {
  /** All data was deleted in another tab while this one was open: the page says so. */
  deletedElsewhere: boolean;
}

export const useOtherTabs = create<OtherTabs>()(() => ({ deletedElsewhere: false }));

let deletingAll = false;

/** This tab is deleting everything: from now on it writes nothing, not even what is in memory. */
export const isDeletingAll = () => deletingAll;

/** Tells every other open tab that all data is being deleted, then stops this tab's writes. */
export function announceDeleteAll() {
  deletingAll = true;
  try {
    localStorage.setItem(DELETE_SIGNAL_KEY, new Date().toISOString());
  } catch {
    // Storage full: the removals that follow still reach the other tabs as storage events.
  }
  try {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage({ deletedAll: true });
    channel.close();
  } catch {
    // No BroadcastChannel (an old browser, or a file opened from disk): the storage event carries it.
  }
}

function heard() {
  if (!useOtherTabs.getState().deletedElsewhere) useOtherTabs.setState({ deletedElsewhere: true });
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.storageArea !== localStorage) return;
    // The signal, or every key cleared at once (key null) by another tab.
    if ((event.key === DELETE_SIGNAL_KEY && event.newValue !== null) || event.key === null) heard();
  });
  try {
    new BroadcastChannel(CHANNEL).onmessage = (event: MessageEvent<{ deletedAll?: boolean }>) => {
      if (event.data?.deletedAll === true) heard();
    };
  } catch {
    // Storage events alone, as above.
  }
}
