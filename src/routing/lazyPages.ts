import { lazyPage } from './lazyPage';
import { PAGES, type PagesWhere } from './pages';

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
    PAGES.results,
  ),
  aboutResearch: lazyPage(
    () => import('../features/about/AboutResearchPage'),
    (m) => m.AboutResearchPage,
    PAGES.aboutResearch,
  ),
  plan: lazyPage(
    () => import('../features/plan/PlanPage'),
    (m) => m.PlanPage,
    PAGES.plan,
  ),
  privacy: lazyPage(
    () => import('../features/privacy/PrivacyPage'),
    (m) => m.PrivacyPage,
    PAGES.privacy,
  ),
  summary: lazyPage(
    () => import('../features/summary/SummaryPage'),
    (m) => m.SummaryPage,
    PAGES.summary,
  ),
  yourData: lazyPage(
    () => import('../features/your-data/YourDataPage'),
    (m) => m.YourDataPage,
    PAGES.yourData,
  ),
  compare: lazyPage(
    () => import('../features/your-data/ComparePage'),
    (m) => m.ComparePage,
    PAGES.compare,
  ),
  history: lazyPage(
    () => import('../features/history/HistoryPage'),
    (m) => m.HistoryPage,
    PAGES.history,
  ),
  review: lazyPage(
    () => import('../features/history/PlanReviewPage'),
    (m) => m.PlanReviewPage,
    PAGES.review,
  ),
  share: lazyPage(
    () => import('../features/share/SharePage'),
    (m) => m.SharePage,
    PAGES.share,
  ),
  group: lazyPage(
    () => import('../features/group/YouAndGroupPage'),
    (m) => m.YouAndGroupPage,
    PAGES.group,
  ),
  sector: lazyPage(
    () => import('../features/sector/SectorPage'),
    (m) => m.SectorPage,
    PAGES.sector,
  ),
  sectorReport: lazyPage(
    () => import('../features/sector/SectorReportPage'),
    (m) => m.SectorReportPage,
    PAGES.sectorReport,
  ),
  besideSector: lazyPage(
    () => import('../features/sector/BesideSectorPage'),
    (m) => m.BesideSectorPage,
    PAGES.besideSector,
  ),
  workshopRoutes: lazyPage(
    () => import('./WorkshopRoutes'),
    (m) => m.WorkshopRoutes,
    PAGES.workshopRoutes,
  ),
  workshopPresent: lazyPage(
    () => import('../features/workshop/present/PresentationPage'),
    (m) => m.PresentationPage,
    PAGES.workshopPresent,
  ),
  workshopShowCode: lazyPage(
    () => import('../features/workshop/qr/QrScreenPage'),
    (m) => m.QrScreenPage,
    PAGES.workshopShowCode,
  ),
} satisfies Record<LazyKey, LazyPage>;
