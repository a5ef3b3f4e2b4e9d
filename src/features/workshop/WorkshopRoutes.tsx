import { Suspense, type ReactNode } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { lazyPage } from '../../components/lazyPage';
import { NotFound } from '../../components/NotFound';
import { anyOtherPath, pathBelow, paths } from '../../components/paths';
import { AddResponsesPage } from './add/AddResponsesPage';
import { GuidePage } from './GuidePage';
import { GroupPlanItemPage } from './plan/GroupPlanItemPage';
import { GroupPlanPage } from './plan/GroupPlanPage';
import { EditWorkshopPage } from './setup/EditWorkshopPage';
import { EarlierReviewPage } from './earlier/EarlierReviewPage';
import { LinkEarlierPage } from './earlier/LinkEarlierPage';
import { NewWorkshopPage } from './setup/NewWorkshopPage';
import { TurnPage } from './turn/TurnPage';
import { WorkshopGate } from './useCurrentWorkshop';
import { WorkshopPage } from './WorkshopPage';
import { WorkshopsPage } from './WorkshopsPage';
import './workshop.css';
import './groupSummary.css';

// The pages with charts bring the chart library: loaded only when first shown.
const GroupResultsPage = lazyPage(
  () => import('./results/GroupResultsPage'),
  (m) => m.GroupResultsPage,
);
const GroupSummaryPage = lazyPage(
  () => import('./summary/GroupSummaryPage'),
  (m) => m.GroupSummaryPage,
);

const later = (page: ReactNode) => (
  <Suspense fallback={<p role="status">Loading…</p>}>{page}</Suspense>
);

/** Every page under /workshops (except presentation mode, which has no site layout). */
export function WorkshopRoutes() {
  return (
    <Routes>
      <Route index element={<WorkshopsPage />} />
      <Route path={pathBelow(paths.workshops, paths.workshopGuide)} element={<GuidePage />} />
      <Route path={pathBelow(paths.workshops, paths.newWorkshop)} element={<NewWorkshopPage />} />
      <Route path={pathBelow(paths.workshops, paths.workshop)} element={<WorkshopGate />}>
        <Route index element={<WorkshopPage />} />
        <Route
          path={pathBelow(paths.workshop, paths.workshopEdit)}
          element={<EditWorkshopPage />}
        />
        <Route path={pathBelow(paths.workshop, paths.workshopTurn)} element={<TurnPage />} />
        <Route path={pathBelow(paths.workshop, paths.workshopAdd)} element={<AddResponsesPage />} />
        <Route
          path={pathBelow(paths.workshop, paths.workshopResults)}
          element={later(<GroupResultsPage />)}
        />
        <Route path={pathBelow(paths.workshop, paths.workshopPlan)} element={<GroupPlanPage />} />
        <Route
          path={pathBelow(paths.workshop, paths.workshopPlanItem)}
          element={<GroupPlanItemPage />}
        />
        <Route
          path={pathBelow(paths.workshop, paths.workshopSummary)}
          element={later(<GroupSummaryPage />)}
        />
        <Route
          path={pathBelow(paths.workshop, paths.workshopEarlier)}
          element={<LinkEarlierPage />}
        />
        <Route
          path={pathBelow(paths.workshop, paths.workshopEarlierReview)}
          element={<EarlierReviewPage />}
        />
      </Route>
      <Route path={anyOtherPath} element={<NotFound />} />
    </Routes>
  );
}

/** Starts loading the code of the workshop page an address opens, when it is loaded lazily. */
export function preloadWorkshopPageFor(pathname: string): Promise<unknown> {
  if (matchPath(paths.workshopResults.path, pathname)) return GroupResultsPage.preload();
  if (matchPath(paths.workshopSummary.path, pathname)) return GroupSummaryPage.preload();
  return Promise.resolve();
}
