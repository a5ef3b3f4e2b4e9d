import { preloadPageFor } from './app/AppRoutes';
import { routeOf } from './app/prerendered';
import { startApp } from './app/startApp';
import './styles.css';

// The app's code runs in pieces with the browser free in between: the app's own modules (this file's
// chunk), then React's DOM renderer, then React taking over the page in small steps. On a slow phone
// no one piece then keeps a tap waiting long. The renderer is asked for together with this chunk once
// the page is painted (src/build/prerender), and so is the code of the page the address opens: React
// starts once both are in, so that its first render is that page. No top-level await: it would split
// this chunk into many.
setTimeout(() => {
  const page = preloadPageFor(routeOf(window.location.hash)).catch(() => undefined);
  void Promise.all([import('react-dom/client'), page]).then(([reactDom]) =>
    setTimeout(() => startApp(reactDom, startServiceWorker)),
  );
});

// The offline copy and new versions are looked after by code the first page does not need: loaded once
// the app has shown it (the worker itself registers after the page's load event). The single-file
// build is opened from disk, where service workers cannot run; the whole app is the file.
function startServiceWorker() {
  if (import.meta.env.MODE !== 'single')
    void import('./app/serviceWorker').then((m) => m.startServiceWorker());
}
