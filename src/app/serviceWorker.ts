import { registerSW } from 'virtual:pwa-register';
import { useAppUpdate } from '../state/appUpdate';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Keeps a copy of the app in the browser so that it opens and works with the network off. A new
 * version waits until the user chooses to reload: switching by itself could reload the page under a
 * half-filled form. The choice is this tab's alone (issue 26 item 3): when the user reloads in one
 * tab, the new version takes over every open tab, but the others stay as they are, banner and all,
 * until their own user reloads them.
 */
export function startServiceWorker() {
  let chosen = false;
  let switched = false;
  let reloading = false;
  const reloadOnce = () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };
  const update = registerSW({
    onNeedRefresh: () =>
      useAppUpdate.getState().offer(() => {
        chosen = true;
        void navigator.serviceWorker.getRegistration().then((registration) => {
          // Another tab has already switched to the new version: nothing is left waiting.
          if (switched || !registration?.waiting) return reloadOnce();
          // The plugin reloads only if a worker already controlled the page when it loaded; on the
          // very first visit the page is taken over later, so the switch is watched here too.
          navigator.serviceWorker.addEventListener('controllerchange', reloadOnce);
          void update(true);
        }, reloadOnce);
      }),
    // The new version took over: reload only if this tab's user asked for it.
    onNeedReload: () => {
      switched = true;
      if (chosen) reloadOnce();
    },
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      // A workshop tab can stay open all day; look for a new version now and then, quietly when offline.
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_INTERVAL_MS);
    },
  });
}
