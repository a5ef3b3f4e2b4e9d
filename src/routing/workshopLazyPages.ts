import { lazyPage } from './lazyPage';
import { PAGES, type PagesWhere } from './pages';

type LazyPage = ReturnType<typeof lazyPage>;

/** The workshop's pages (./pages.ts), each loaded when first shown; a test checks each file. */
export const WORKSHOP_LAZY_PAGES = {
  workshops: lazyPage(
    () => import('../features/workshop/setup/WorkshopsPage'),
    (m) => m.WorkshopsPage,
    PAGES.workshops,
  ),
  workshopGuide: lazyPage(
    () => import('../features/workshop/setup/GuidePage'),
    (m) => m.GuidePage,
    PAGES.workshopGuide,
  ),
  newWorkshop: lazyPage(
    () => import('../features/workshop/setup/NewWorkshopPage'),
    (m) => m.NewWorkshopPage,
    PAGES.newWorkshop,
  ),
  workshop: lazyPage(
    () => import('../features/workshop/overview/WorkshopPage'),
    (m) => m.WorkshopPage,
    PAGES.workshop,
  ),
  workshopEdit: lazyPage(
    () => import('../features/workshop/setup/EditWorkshopPage'),
    (m) => m.EditWorkshopPage,
    PAGES.workshopEdit,
  ),
  workshopTurn: lazyPage(
    () => import('../features/workshop/turn/TurnPage'),
    (m) => m.TurnPage,
    PAGES.workshopTurn,
  ),
  workshopAdd: lazyPage(
    () => import('../features/workshop/add/AddResponsesPage'),
    (m) => m.AddResponsesPage,
    PAGES.workshopAdd,
  ),
  workshopResults: lazyPage(
    () => import('../features/workshop/results/GroupResultsPage'),
    (m) => m.GroupResultsPage,
    PAGES.workshopResults,
  ),
  workshopPlan: lazyPage(
    () => import('../features/workshop/plan/GroupPlanPage'),
    (m) => m.GroupPlanPage,
    PAGES.workshopPlan,
  ),
  workshopPlanItem: lazyPage(
    () => import('../features/workshop/plan/GroupPlanItemPage'),
    (m) => m.GroupPlanItemPage,
    PAGES.workshopPlanItem,
  ),
  workshopSummary: lazyPage(
    () => import('../features/workshop/summary/GroupSummaryPage'),
    (m) => m.GroupSummaryPage,
    PAGES.workshopSummary,
  ),
  workshopEarlier: lazyPage(
    () => import('../features/workshop/earlier/LinkEarlierPage'),
    (m) => m.LinkEarlierPage,
    PAGES.workshopEarlier,
  ),
  workshopEarlierReview: lazyPage(
    () => import('../features/workshop/earlier/EarlierReviewPage'),
    (m) => m.EarlierReviewPage,
    PAGES.workshopEarlierReview,
  ),
} satisfies Record<PagesWhere<'workshops' | 'in-workshop'>, LazyPage>;
