import { Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { NotFound } from '../components/NotFound';
import { WorkshopGate } from '../features/workshop/shared/useCurrentWorkshop';
import { lazyRoutes, pagesIn, preloadFrom } from './lazyRoutes';
import { anyOtherPath, pathBelow, paths } from './paths';
import { WORKSHOP_LAZY_PAGES } from './workshopLazyPages';
import '../features/workshop/shared/workshop.css';
import '../features/workshop/shared/groupSummary.css';

// The pages and their addresses, from the page registry (./pages.ts): the routes below and the
// preload read them. The list and the workshop's own page are each the index of their table.
const { workshops: WorkshopsPage, workshop: WorkshopPage } = WORKSHOP_LAZY_PAGES;
const OUTSIDE_A_WORKSHOP = pagesIn('workshops', WORKSHOP_LAZY_PAGES).filter(
  ([route]) => route !== paths.workshops,
);
// Below /workshops/:id, where the workshop is looked up first (WorkshopGate).
const IN_A_WORKSHOP = pagesIn('in-workshop', WORKSHOP_LAZY_PAGES).filter(
  ([route]) => route !== paths.workshop,
);

const later = (page: ReactNode) => (
  <Suspense fallback={<p role="status">Loading…</p>}>{page}</Suspense>
);

/** Every page under /workshops (except presentation mode, which has no site layout). */
export function WorkshopRoutes() {
  return (
    <Routes>
      <Route index element={later(<WorkshopsPage />)} />
      {lazyRoutes(OUTSIDE_A_WORKSHOP, later, (route) => pathBelow(paths.workshops, route))}
      <Route path={pathBelow(paths.workshops, paths.workshop)} element={<WorkshopGate />}>
        <Route index element={later(<WorkshopPage />)} />
        {lazyRoutes(IN_A_WORKSHOP, later, (route) => pathBelow(paths.workshop, route))}
      </Route>
      <Route path={anyOtherPath} element={<NotFound />} />
    </Routes>
  );
}

const EVERY_PAGE = [
  ...pagesIn('workshops', WORKSHOP_LAZY_PAGES),
  ...pagesIn('in-workshop', WORKSHOP_LAZY_PAGES),
];

/** Starts loading the code of the workshop page an address opens. */
export function preloadWorkshopPageFor(pathname: string): Promise<unknown> {
  return preloadFrom(EVERY_PAGE, pathname) ?? Promise.resolve();
}
