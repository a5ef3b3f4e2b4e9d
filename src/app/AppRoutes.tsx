import { Suspense, type ReactNode } from 'react';
import { matchPath, Route, Routes, useLocation } from 'react-router';
import { lazyPage } from '../routing/lazyPage';
import { lazyRoutes, preloadFrom } from '../routing/lazyRoutes';
import { NotFound } from '../components/NotFound';
import { andBelow, anyOtherPath, paths } from '../routing/paths';
import { AboutResearchPage } from '../features/about/AboutResearchPage';
import { AboutYouPage } from '../features/assessment/AboutYouPage';
import { CheckAnswersPage } from '../features/assessment/CheckAnswersPage';
import { SectionPage } from '../features/assessment/SectionPage';
import { LandingPage } from '../features/landing/LandingPage';
import { DataDeletedPage } from '../features/your-data/DataDeletedPage';
import { useTurnMode } from '../state/turnMode';
import { Layout } from './Layout';
import { TurnOnly } from './TurnOnly';

// Results bring the chart library and the research content: loaded only when first shown.
const ResultsPage = lazyPage(
  () => import('../features/results/ResultsPage'),
  (m) => m.ResultsPage,
);

const PlanPage = lazyPage(
  () => import('../features/plan/PlanPage'),
  (m) => m.PlanPage,
);
const SummaryPage = lazyPage(
  () => import('../features/summary/SummaryPage'),
  (m) => m.SummaryPage,
);
const YourDataPage = lazyPage(
  () => import('../features/your-data/YourDataPage'),
  (m) => m.YourDataPage,
);
const ComparePage = lazyPage(
  () => import('../features/your-data/ComparePage'),
  (m) => m.ComparePage,
);
const HistoryPage = lazyPage(
  () => import('../features/history/HistoryPage'),
  (m) => m.HistoryPage,
);
const PlanReviewPage = lazyPage(
  () => import('../features/history/PlanReviewPage'),
  (m) => m.PlanReviewPage,
);

// Read by few, and only text: kept out of the first load.
const PrivacyPage = lazyPage(
  () => import('../features/privacy/PrivacyPage'),
  (m) => m.PrivacyPage,
);

// Sharing and workshops load on first use; presentation mode is outside the site layout.
const SharePage = lazyPage(
  () => import('../features/share/SharePage'),
  (m) => m.SharePage,
);
const WorkshopRoutes = lazyPage(
  () => import('../routing/WorkshopRoutes'),
  (m) => m.WorkshopRoutes,
);
const QrScreenPage = lazyPage(
  () => import('../features/workshop/qr/QrScreenPage'),
  (m) => m.QrScreenPage,
);
const YouAndGroupPage = lazyPage(
  () => import('../features/group/YouAndGroupPage'),
  (m) => m.YouAndGroupPage,
);
const PresentationPage = lazyPage(
  () => import('../features/workshop/present/PresentationPage'),
  (m) => m.PresentationPage,
);

// The sector picture, for programme officers: loaded on first use.
const SectorPage = lazyPage(
  () => import('../features/sector/SectorPage'),
  (m) => m.SectorPage,
);
const SectorReportPage = lazyPage(
  () => import('../features/sector/SectorReportPage'),
  (m) => m.SectorReportPage,
);
const BesideSectorPage = lazyPage(
  () => import('../features/sector/BesideSectorPage'),
  (m) => m.BesideSectorPage,
);

// As tall as the screen, so the footer is not in view while the page loads and does not jump away
// when it arrives.
const loading = (
  <p role="status" className="page-loading">
    Loading…
  </p>
);
const later = (page: ReactNode) => <Suspense fallback={loading}>{page}</Suspense>;

// The lazily loaded pages and their addresses, once: the routes below and the preload read them.
const LATER_IN_LAYOUT = [
  [paths.results, ResultsPage],
  [paths.plan, PlanPage],
  [paths.summary, SummaryPage],
  [paths.yourData, YourDataPage],
  [paths.compare, ComparePage],
  [paths.history, HistoryPage],
  [paths.review, PlanReviewPage],
  [paths.share, SharePage],
  [paths.group, YouAndGroupPage],
  [paths.privacy, PrivacyPage],
  [paths.sector, SectorPage],
  [paths.sectorReport, SectorReportPage],
  [paths.besideSector, BesideSectorPage],
] as const;
// Presentation mode and the projected join code have no site layout.
const LATER_ALONE = [
  [paths.workshopPresent, PresentationPage],
  [paths.workshopShowCode, QrScreenPage],
] as const;

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
        <Route index element={<LandingPage />} />
        <Route path={paths.aboutYou.path} element={<AboutYouPage />} />
        <Route path={paths.section.path} element={<SectionPage />} />
        <Route path={paths.check.path} element={<CheckAnswersPage />} />
        <Route path={paths.dataDeleted.path} element={<DataDeletedPage />} />
        <Route path={andBelow(paths.workshops)} element={later(<WorkshopRoutes />)} />
        <Route path={paths.aboutResearch.path} element={<AboutResearchPage />} />
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
