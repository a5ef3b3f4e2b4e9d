import { registerSW } from 'virtual:pwa-register';
import { useAppUpdate } from '../state/appUpdate';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Keeps a copy of the app in the browser so that it opens and works with the network off. A new
 * version waits until the user chooses to reload: switching by itself could reload the page under a
 * half-filled form.
 */
export function startServiceWorker() {
  let reloading = false;
  const reloadOnce = () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };
  const update = registerSW({
    onNeedRefresh: () =>
      useAppUpdate.getState().offer(() => {
        // The plugin reloads only if a worker already controlled the page when it loaded; on the very
        // first visit the page is taken over later, so the switch to the new version is watched here.
        navigator.serviceWorker.addEventListener('controllerchange', reloadOnce);
        void update(true);
      }),
    onNeedReload: reloadOnce,
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      // A workshop tab can stay open all day; look for a new version now and then, quietly when offline.
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_INTERVAL_MS);
    },
  });
}
