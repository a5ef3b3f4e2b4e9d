import { Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { lazyPage } from './lazyPage';
import { lazyRoutes, preloadFrom } from './lazyRoutes';
import { NotFound } from '../components/NotFound';
import { anyOtherPath, pathBelow, paths } from './paths';
import { WorkshopGate } from '../features/workshop/shared/useCurrentWorkshop';
import '../features/workshop/shared/workshop.css';
import '../features/workshop/shared/groupSummary.css';

// Each page is loaded when first shown, so that a link to one page (the group results, most often,
// opened on a phone in the room) does not bring the forms of every other.
const WorkshopsPage = lazyPage(
  () => import('../features/workshop/setup/WorkshopsPage'),
  (m) => m.WorkshopsPage,
);
const GuidePage = lazyPage(
  () => import('../features/workshop/setup/GuidePage'),
  (m) => m.GuidePage,
);
const NewWorkshopPage = lazyPage(
  () => import('../features/workshop/setup/NewWorkshopPage'),
  (m) => m.NewWorkshopPage,
);
const WorkshopPage = lazyPage(
  () => import('../features/workshop/overview/WorkshopPage'),
  (m) => m.WorkshopPage,
);
const EditWorkshopPage = lazyPage(
  () => import('../features/workshop/setup/EditWorkshopPage'),
  (m) => m.EditWorkshopPage,
);
const TurnPage = lazyPage(
  () => import('../features/workshop/turn/TurnPage'),
  (m) => m.TurnPage,
);
const AddResponsesPage = lazyPage(
  () => import('../features/workshop/add/AddResponsesPage'),
  (m) => m.AddResponsesPage,
);
const GroupResultsPage = lazyPage(
  () => import('../features/workshop/results/GroupResultsPage'),
  (m) => m.GroupResultsPage,
);
const GroupPlanPage = lazyPage(
  () => import('../features/workshop/plan/GroupPlanPage'),
  (m) => m.GroupPlanPage,
);
const GroupPlanItemPage = lazyPage(
  () => import('../features/workshop/plan/GroupPlanItemPage'),
  (m) => m.GroupPlanItemPage,
);
const GroupSummaryPage = lazyPage(
  () => import('../features/workshop/summary/GroupSummaryPage'),
  (m) => m.GroupSummaryPage,
);
const LinkEarlierPage = lazyPage(
  () => import('../features/workshop/earlier/LinkEarlierPage'),
  (m) => m.LinkEarlierPage,
);
const EarlierReviewPage = lazyPage(
  () => import('../features/workshop/earlier/EarlierReviewPage'),
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
