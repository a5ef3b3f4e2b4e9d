import { lazyPage } from './lazyPage';
import type { PagesWhere } from './pages';

type LazyPage = ReturnType<typeof lazyPage>;

/** Pages outside the workshop's own route table that are loaded when first shown. */
export type LazyKey = Exclude<PagesWhere<'site' | 'alone'>, PagesWhere<'site', 'first-load'>>;

/**
 * What loads each lazily loaded page of ./pages.ts (the file its `module` names; a test checks they
 * agree). The workshop's pages are in ./workshopLazyPages.ts, loaded with the workshop's routes.
 */
export const LAZY_PAGES = {
  results: lazyPage(
    () => import('../features/results/ResultsPage'),
    (m) => m.ResultsPage,
  ),
  plan: lazyPage(
    () => import('../features/plan/PlanPage'),
    (m) => m.PlanPage,
  ),
  privacy: lazyPage(
    () => import('../features/privacy/PrivacyPage'),
    (m) => m.PrivacyPage,
  ),
  summary: lazyPage(
    () => import('../features/summary/SummaryPage'),
    (m) => m.SummaryPage,
  ),
  yourData: lazyPage(
    () => import('../features/your-data/YourDataPage'),
    (m) => m.YourDataPage,
  ),
  compare: lazyPage(
    () => import('../features/your-data/ComparePage'),
    (m) => m.ComparePage,
  ),
  history: lazyPage(
    () => import('../features/history/HistoryPage'),
    (m) => m.HistoryPage,
  ),
  review: lazyPage(
    () => import('../features/history/PlanReviewPage'),
    (m) => m.PlanReviewPage,
  ),
  share: lazyPage(
    () => import('../features/share/SharePage'),
    (m) => m.SharePage,
  ),
  group: lazyPage(
    () => import('../features/group/YouAndGroupPage'),
    (m) => m.YouAndGroupPage,
  ),
  sector: lazyPage(
    () => import('../features/sector/SectorPage'),
    (m) => m.SectorPage,
  ),
  sectorReport: lazyPage(
    () => import('../features/sector/SectorReportPage'),
    (m) => m.SectorReportPage,
  ),
  besideSector: lazyPage(
    () => import('../features/sector/BesideSectorPage'),
    (m) => m.BesideSectorPage,
  ),
  workshopRoutes: lazyPage(
    () => import('./WorkshopRoutes'),
    (m) => m.WorkshopRoutes,
  ),
  workshopPresent: lazyPage(
    () => import('../features/workshop/present/PresentationPage'),
    (m) => m.PresentationPage,
  ),
  workshopShowCode: lazyPage(
    () => import('../features/workshop/qr/QrScreenPage'),
    (m) => m.QrScreenPage,
  ),
} satisfies Record<LazyKey, LazyPage>;
