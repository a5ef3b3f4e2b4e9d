// Runs in Node at build time (through Vite's module runner, see prerenderPlugin): renders each page of
// PRERENDERED_PAGES to the HTML that hydrateRoot will take over in the browser.
import { StrictMode } from 'react';
import { createPath, Router, type Navigator, type To } from 'react-router';
import { PRERENDERED_PAGES } from '../../routing/pages';
import { memoryStorage } from './memoryStorage';

// Nothing is saved on the build machine: the stores read an empty storage, as on a first visit, and
// no "cannot save" notice is rendered into the page.
Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage(), configurable: true });

// Links must carry the same hrefs as under the browser's HashRouter ("#/about"), or hydration would
// keep hrefs that lead nowhere. Nothing navigates at build time.
const hashNavigator: Navigator = {
  createHref: (to: To) => `#${typeof to === 'string' ? to : createPath(to)}`,
  go: () => undefined,
  push: () => undefined,
  replace: () => undefined,
};

async function renderPage(path: string): Promise<string> {
  // Imported after the storage exists: the stores read it when their modules load.
  const [{ AppFrame }, { prerender }] = await Promise.all([
    import('../../app/App'),
    import('react-dom/static'),
  ]);
  // prerender (not renderToString) waits for lazily loaded pages, such as the workshop guide.
  const { prelude } = await prerender(
    <StrictMode>
      <Router location={path} navigator={hashNavigator} static>
        <AppFrame />
      </Router>
    </StrictMode>,
  );
  return new Response(prelude).text();
}

const [{ ASSESSMENT_KEY }, { checklistContent }] = await Promise.all([
  import('../../state/assessmentStore'),
  import('../../domain/content/load'),
]);
/** Where answers are saved, and every action: the inline script tells a returning visitor by them. */
export const assessmentKey = ASSESSMENT_KEY;
export const actionIds = checklistContent.checklist.sections.flatMap((s) =>
  s.actions.map((a) => a.id),
);

/**
 * Every prerendered page's HTML, by key. Rendered while the module loads: Vite's runnerImport closes
 * its module runner once the import returns, and lazily loaded pages are imported during rendering.
 */
export const prerenderedPages: Record<string, string> = {};
for (const { key, path } of PRERENDERED_PAGES) prerenderedPages[key] = await renderPage(path);
