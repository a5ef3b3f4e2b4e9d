import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False while React takes over a page rendered at build time (and during that build), true once it
 * has: whatever depends on this browser's saved data renders only then, so the page React hydrates
 * matches the HTML it finds. A page rendered in the browser from scratch gets true at once.
 */
export const useHydrated = () =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
