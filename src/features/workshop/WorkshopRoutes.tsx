import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { NotFound } from '../../components/NotFound';
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

// The pages with charts bring the chart library: loaded only when first shown.
const GroupResultsPage = lazy(() =>
  import('./results/GroupResultsPage').then((m) => ({ default: m.GroupResultsPage })),
);
const GroupSummaryPage = lazy(() =>
  import('./summary/GroupSummaryPage').then((m) => ({ default: m.GroupSummaryPage })),
);

const later = (page: ReactNode) => (
  <Suspense fallback={<p role="status">Loading…</p>}>{page}</Suspense>
);

/** Every page under /workshops (except presentation mode, which has no site layout). */
export function WorkshopRoutes() {
  return (
    <Routes>
      <Route index element={<WorkshopsPage />} />
      <Route path="guide" element={<GuidePage />} />
      <Route path="new" element={<NewWorkshopPage />} />
      <Route path=":id" element={<WorkshopGate />}>
        <Route index element={<WorkshopPage />} />
        <Route path="edit" element={<EditWorkshopPage />} />
        <Route path="turn" element={<TurnPage />} />
        <Route path="add" element={<AddResponsesPage />} />
        <Route path="results" element={later(<GroupResultsPage />)} />
        <Route path="plan" element={<GroupPlanPage />} />
        <Route path="plan/:item" element={<GroupPlanItemPage />} />
        <Route path="summary" element={later(<GroupSummaryPage />)} />
        <Route path="earlier" element={<LinkEarlierPage />} />
        <Route path="earlier/review" element={<EarlierReviewPage />} />
      </Route>
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
