import { startTransition, StrictMode, useEffect } from 'react';
import type * as ReactDomClient from 'react-dom/client';
import { App } from './App';
import { PRERENDERED_PAGES } from '../routing/pages';
import { PRERENDERED_ATTRIBUTE, routeOf } from './prerendered';

/**
 * Puts the app in #root. The built page holds a page rendered at build time (src/build/prerender):
 * React takes it over (hydrates it) only if it is the page the link asks for, since the reader may
 * have followed a link before the app's code ran; otherwise it renders from scratch. Either way in a
 * transition, which React works through in small pieces, so a tap is never kept waiting long.
 * `afterFirstRender` runs once the first page is painted.
 */
export function startApp(
  { createRoot, hydrateRoot }: typeof ReactDomClient,
  afterFirstRender: () => void = () => undefined,
) {
  const container = document.getElementById('root')!;
  const app = (
    <StrictMode>
      <App />
      <AfterFirstRender run={afterFirstRender} />
    </StrictMode>
  );
  const prerendered = PRERENDERED_PAGES.find(
    (p) => p.key === container.getAttribute(PRERENDERED_ATTRIBUTE),
  );
  if (!prerendered || routeOf(window.location.hash) !== prerendered.path) {
    startTransition(() => createRoot(container).render(app));
    return;
  }
  // A link followed while React is taking the page over changes the page under it: React finds the
  // built page is not the one it renders and renders afresh, as it should. Only that is expected.
  const startedAt = window.location.hash;
  startTransition(() => {
    hydrateRoot(container, app, {
      onRecoverableError: (error) => {
        if (window.location.hash === startedAt) reportError(error);
      },
    });
  });
}

let firstRenderDone = false;
const AFTER_FIRST_FRAME_MS = 300;

function AfterFirstRender({ run }: { run: () => void }) {
  useEffect(() => {
    // Once, though StrictMode runs effects twice while developing.
    if (firstRenderDone) return;
    firstRenderDone = true;
    // A moment after the next frame: a frame's callback comes before the frame is on the screen, and
    // what runs next (the offline copy) can wait while the first page is shown.
    requestAnimationFrame(() => setTimeout(run, AFTER_FIRST_FRAME_MS));
  }, [run]);
  return null;
}
