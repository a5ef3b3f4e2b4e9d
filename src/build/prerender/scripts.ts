// The two small inline scripts the prerendered index.html carries. Both run before the first paint and
// are allowed by their hashes in the Content-Security-Policy (src/build/csp.ts), never by
// 'unsafe-inline'. They are plain ES2017 text: they run before, and without, the app's own code.

export const SWAP_ATTRIBUTE = 'data-prerender-swap';
export const RETURNING_CLASS = 'kai-returning';
export const COMPLETE_CLASS = 'kai-complete';
export const templateId = (key: string) => `kai-prerendered-${key}`;

interface HeadOptions {
  /** Route path → prerendered page key. */
  pages: Record<string, string>;
  /** The saved assessment's storage key and every action id, to tell a returning visitor. */
  assessmentKey: string;
  actionIds: string[];
  /**
   * Module files and stylesheets a route will import at once, by a regular expression over its path.
   * The stylesheets are only fetched here: the import puts them in the page, in the cascade's order.
   */
  preloads: { route: string; files: string[]; styles: string[] }[];
  /**
   * The app's entry and the modules it imports at once (the hosted build). A page not prerendered
   * shows nothing of its own until they have run, so they are fetched from here, not after the
   * stylesheet has loaded (the swap script below waits for it, being after it in the page).
   */
  appFiles?: string[];
}

/**
 * Whether saved answers show someone has started, as the app's hasStarted does (domain/assessment):
 * an answer, a note, an "About you" detail or a plan item. Kept as text for the inline script; a unit
 * test holds it to hasStarted.
 */
export const STARTED_CHECK = `function (a) {
  var filled = function (o) { return Object.keys(o || {}).some(function (k) { return String(o[k]).trim() !== ''; }); };
  return Object.keys(a.answers || {}).length > 0 || filled(a.notes) || filled(a.aboutYou) || (a.plan || []).length > 0;
}`;

/**
 * In <head>, before the stylesheet: reads the route from the hash. Any route but the landing hides
 * #root until the swap script below has put the right page in it (so a deep link never flashes the
 * landing's words); marks a returning visitor, so the landing shows "Continue where you left off" from
 * the first paint; and starts loading the route's lazily loaded modules beside the entry, not after it.
 */
export function headScript({
  pages,
  assessmentKey,
  actionIds,
  preloads,
  appFiles = [],
}: HeadOptions): string {
  return `(function () {
  var d = document.documentElement;
  var route = (location.hash.replace(/^#/, '').split('?')[0] || '/').replace(/(.)\\/$/, '$1');
  var pages = ${JSON.stringify(pages)};
  if (pages[route] !== 'landing') d.setAttribute('${SWAP_ATTRIBUTE}', pages[route] || '');
  // Only the landing's buttons depend on saved data. The first read of this origin's storage loads all
  // of it (a workshop of thirty is hundreds of kilobytes): on other pages it waits for the app.
  else try {
    var a = JSON.parse(localStorage.getItem(${JSON.stringify(assessmentKey)})).state.assessment;
    if ((${STARTED_CHECK})(a)) d.classList.add('${RETURNING_CLASS}');
    if (${JSON.stringify(actionIds)}.every(function (id) { return id in a.answers; })) d.classList.add('${COMPLETE_CLASS}');
  } catch (e) {}
  ${JSON.stringify(preloads)}.concat(
    { route: '', files: pages[route] ? [] : ${JSON.stringify(appFiles)}, styles: [] }
  ).forEach(function (p) {
    if (!new RegExp(p.route).test(route)) return;
    p.files.forEach(function (file) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = file;
      link.crossOrigin = '';
      document.head.appendChild(link);
    });
    p.styles.forEach(function (file) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'style';
      link.crossOrigin = ''; // as the import asks for it, so that it is served from this fetch
      link.href = file;
      document.head.appendChild(link);
    });
  });
})();`;
}

/**
 * After #root and the templates: puts the prerendered page for the route into #root, or, for a page
 * that needs saved data, the site's frame with a screen-tall "Loading…" (as while a page's code loads),
 * so that nothing below moves when the page arrives. Then shows #root.
 *
 * Given the app's entry module and the modules it imports at once (the hosted build), it also starts
 * loading and running the app only once the browser has painted: on a slow connection the page's
 * JavaScript (about 100 kB) would otherwise share the bandwidth with the stylesheet the first paint
 * waits for, and run at once it could hold up a paint that is already possible. All of it is asked
 * for at the same moment (modulepreload links beside the entry), so there is no waterfall after it.
 */
export function swapScript(app?: { entry: string; preloads: string[] }): string {
  const swap = `  var d = document.documentElement;
  var waiting = true;
  if (d.hasAttribute('${SWAP_ATTRIBUTE}')) {
    var key = d.getAttribute('${SWAP_ATTRIBUTE}');
    var root = document.getElementById('root');
    var template = key && document.getElementById(${JSON.stringify(templateId(''))} + key);
    if (template) {
      root.replaceChildren(document.importNode(template.content, true));
      root.setAttribute('data-prerendered', key);
    } else {
      waiting = false;
      var loading = document.createElement('p');
      loading.className = 'page-loading';
      loading.setAttribute('role', 'status');
      loading.textContent = 'Loading\u2026';
      root.querySelector('main').replaceChildren(loading);
      root.removeAttribute('data-prerendered');
    }
    d.removeAttribute('${SWAP_ATTRIBUTE}');
  }`;
  const start = `
  var started = false;
  var start = function () {
    if (started) return;
    started = true;
    ${JSON.stringify(app?.preloads ?? [])}.forEach(function (file) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = file;
      document.head.appendChild(link);
    });
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = ${JSON.stringify(app?.entry)};
    document.head.appendChild(script);
  };
  // Once the first paint is on the screen, so that the prerendered page is seen first: the paint's
  // timing entry is reported after it is shown (a frame's callback comes before, while it may still be
  // on its way). Where paint timing is missing, after the next frame. A page that needs saved data
  // shows only "Loading…" until the app runs: start at once. So does a hidden tab, which paints
  // nothing and gets no frames.
  var P = window.PerformanceObserver;
  if (!waiting || document.visibilityState === 'hidden') start();
  else if (P && (P.supportedEntryTypes || []).indexOf('paint') >= 0) {
    new P(function (list, observer) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      setTimeout(start);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(start, 3000); // should no paint ever be reported
  } else requestAnimationFrame(function () { setTimeout(start); });
  document.addEventListener('visibilitychange', start);`;
  return `(function () {
${swap}${app ? start : ''}
})();`;
}
