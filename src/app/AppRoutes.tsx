import { Suspense, type ReactNode } from 'react';
import { matchPath, Route, Routes, useLocation } from 'react-router';
import { NotFound } from '../components/NotFound';
import { FIRST_LOAD_PAGES } from '../routing/firstLoadPages';
import { LAZY_PAGES } from '../routing/lazyPages';
import { lazyRoutes, pagesIn, preloadFrom } from '../routing/lazyRoutes';
import { PAGES } from '../routing/pages';
import { andBelow, anyOtherPath, paths } from '../routing/paths';
import { useTurnMode } from '../state/turnMode';
import { Layout } from './Layout';
import { TurnOnly } from './TurnOnly';

// As tall as the screen, so the footer is not in view while the page loads and does not jump away
// when it arrives.
const loading = (
  <p role="status" className="page-loading">
    Loading…
  </p>
);
const later = (page: ReactNode) => <Suspense fallback={loading}>{page}</Suspense>;

// The lazily loaded pages and their addresses, from the page registry (src/routing/pages.ts): the
// routes below and the preload read them. Presentation mode and the projected join code have no
// site layout.
const LATER_IN_LAYOUT = pagesIn('site', LAZY_PAGES);
const LATER_ALONE = pagesIn('alone', LAZY_PAGES);
const { workshopRoutes: WorkshopRoutes } = LAZY_PAGES;

// The pages in the first load, each on its route (the landing is the layout's index route).
const firstLoadRoutes = Object.entries(FIRST_LOAD_PAGES).map(([key, Page]) => {
  const { route } = PAGES[key as keyof typeof FIRST_LOAD_PAGES];
  return route === paths.home ? (
    <Route key={key} index element={<Page />} />
  ) : (
    <Route key={key} path={route.path} element={<Page />} />
  );
});

export function AppRoutes() {
  const { pathname } = useLocation();
  const turnId = useTurnMode((s) => s.workshopId);
  const section = useTurnMode((s) => s.section);
  // While a member's turn is on, only the turn's page opens: any other address, typed or followed,
  // shows the way back to it (issue 26 item 8).
  if (turnId && matchPath(paths.workshopTurn.path, pathname)?.params.id !== turnId) {
    return (
      <Routes>
        <Route element={<Layout />}>
          <Route path={anyOtherPath} element={<TurnOnly workshopId={turnId} section={section} />} />
        </Route>
      </Routes>
    );
  }
  return (
    <Routes>
      <Route element={<Layout />}>
        {firstLoadRoutes}
        <Route path={andBelow(paths.workshops)} element={later(<WorkshopRoutes />)} />
        {lazyRoutes(LATER_IN_LAYOUT, later)}
        <Route path={anyOtherPath} element={<NotFound />} />
      </Route>
      {lazyRoutes(LATER_ALONE, later)}
    </Routes>
  );
}

/**
 * Starts loading the code of the page an address opens, when that page is loaded lazily, so that it
 * arrives beside React rather than after React's first render. Resolves when it is in (or failed).
 */
export function preloadPageFor(pathname: string): Promise<unknown> {
  const page = preloadFrom([...LATER_IN_LAYOUT, ...LATER_ALONE], pathname);
  if (page) return page;
  if (matchPath(andBelow(paths.workshops), pathname))
    return WorkshopRoutes.preload().then((m) => m.preloadWorkshopPageFor(pathname));
  return Promise.resolve();
}
