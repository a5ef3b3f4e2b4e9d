import { lazyPage } from './lazyPage';
import type { PagesWhere } from './pages';

type LazyPage = ReturnType<typeof lazyPage>;

/** The workshop's pages (./pages.ts), each loaded when first shown; a test checks each file. */
export const WORKSHOP_LAZY_PAGES = {
  workshops: lazyPage(
    () => import('../features/workshop/setup/WorkshopsPage'),
    (m) => m.WorkshopsPage,
  ),
  workshopGuide: lazyPage(
    () => import('../features/workshop/setup/GuidePage'),
    (m) => m.GuidePage,
  ),
  newWorkshop: lazyPage(
    () => import('../features/workshop/setup/NewWorkshopPage'),
    (m) => m.NewWorkshopPage,
  ),
  workshop: lazyPage(
    () => import('../features/workshop/overview/WorkshopPage'),
    (m) => m.WorkshopPage,
  ),
  workshopEdit: lazyPage(
    () => import('../features/workshop/setup/EditWorkshopPage'),
    (m) => m.EditWorkshopPage,
  ),
  workshopTurn: lazyPage(
    () => import('../features/workshop/turn/TurnPage'),
    (m) => m.TurnPage,
  ),
  workshopAdd: lazyPage(
    () => import('../features/workshop/add/AddResponsesPage'),
    (m) => m.AddResponsesPage,
  ),
  workshopResults: lazyPage(
    () => import('../features/workshop/results/GroupResultsPage'),
    (m) => m.GroupResultsPage,
  ),
  workshopPlan: lazyPage(
    () => import('../features/workshop/plan/GroupPlanPage'),
    (m) => m.GroupPlanPage,
  ),
  workshopPlanItem: lazyPage(
    () => import('../features/workshop/plan/GroupPlanItemPage'),
    (m) => m.GroupPlanItemPage,
  ),
  workshopSummary: lazyPage(
    () => import('../features/workshop/summary/GroupSummaryPage'),
    (m) => m.GroupSummaryPage,
  ),
  workshopEarlier: lazyPage(
    () => import('../features/workshop/earlier/LinkEarlierPage'),
    (m) => m.LinkEarlierPage,
  ),
  workshopEarlierReview: lazyPage(
    () => import('../features/workshop/earlier/EarlierReviewPage'),
    (m) => m.EarlierReviewPage,
  ),
} satisfies Record<PagesWhere<'workshops' | 'in-workshop'>, LazyPage>;
