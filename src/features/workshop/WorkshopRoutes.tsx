import { Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { lazyPage } from '../../components/lazyPage';
import { lazyRoutes, preloadFrom } from '../../components/lazyRoutes';
import { NotFound } from '../../components/NotFound';
import { anyOtherPath, pathBelow, paths } from '../../components/paths';
import { WorkshopGate } from './useCurrentWorkshop';
import './workshop.css';
import './groupSummary.css';

// Each page is loaded when first shown, so that a link to one page (the group results, most often,
// opened on a phone in the room) does not bring the forms of every other.
const WorkshopsPage = lazyPage(
  () => import('./WorkshopsPage'),
  (m) => m.WorkshopsPage,
);
const GuidePage = lazyPage(
  () => import('./GuidePage'),
  (m) => m.GuidePage,
);
const NewWorkshopPage = lazyPage(
  () => import('./setup/NewWorkshopPage'),
  (m) => m.NewWorkshopPage,
);
const WorkshopPage = lazyPage(
  () => import('./WorkshopPage'),
  (m) => m.WorkshopPage,
);
const EditWorkshopPage = lazyPage(
  () => import('./setup/EditWorkshopPage'),
  (m) => m.EditWorkshopPage,
);
const TurnPage = lazyPage(
  () => import('./turn/TurnPage'),
  (m) => m.TurnPage,
);
const AddResponsesPage = lazyPage(
  () => import('./add/AddResponsesPage'),
  (m) => m.AddResponsesPage,
);
const GroupResultsPage = lazyPage(
  () => import('./results/GroupResultsPage'),
  (m) => m.GroupResultsPage,
);
const GroupPlanPage = lazyPage(
  () => import('./plan/GroupPlanPage'),
  (m) => m.GroupPlanPage,
);
const GroupPlanItemPage = lazyPage(
  () => import('./plan/GroupPlanItemPage'),
  (m) => m.GroupPlanItemPage,
);
const GroupSummaryPage = lazyPage(
  () => import('./summary/GroupSummaryPage'),
  (m) => m.GroupSummaryPage,
);
const LinkEarlierPage = lazyPage(
  () => import('./earlier/LinkEarlierPage'),
  (m) => m.LinkEarlierPage,
);
const EarlierReviewPage = lazyPage(
  () => import('./earlier/EarlierReviewPage'),
  (m) => m.EarlierReviewPage,
);

// The pages and their addresses, once: the routes below and the preload read them.
const OUTSIDE_A_WORKSHOP = [
  [paths.workshopGuide, GuidePage],
  [paths.newWorkshop, NewWorkshopPage],
] as const;
// Below /workshops/:id, where the workshop is looked up first (WorkshopGate).
const IN_A_WORKSHOP = [
  [paths.workshopEdit, EditWorkshopPage],
  [paths.workshopTurn, TurnPage],
  [paths.workshopAdd, AddResponsesPage],
  [paths.workshopResults, GroupResultsPage],
  [paths.workshopPlan, GroupPlanPage],
  [paths.workshopPlanItem, GroupPlanItemPage],
  [paths.workshopSummary, GroupSummaryPage],
  [paths.workshopEarlier, LinkEarlierPage],
  [paths.workshopEarlierReview, EarlierReviewPage],
] as const;

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
  [paths.workshops, WorkshopsPage],
  ...OUTSIDE_A_WORKSHOP,
  [paths.workshop, WorkshopPage],
  ...IN_A_WORKSHOP,
] as const;

/** Starts loading the code of the workshop page an address opens. */
export function preloadWorkshopPageFor(pathname: string): Promise<unknown> {
  return preloadFrom(EVERY_PAGE, pathname) ?? Promise.resolve();
}
