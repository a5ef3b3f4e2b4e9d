import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { NotFound } from '../components/NotFound';
import { andBelow, anyOtherPath, paths } from '../components/paths';
import { AboutResearchPage } from '../features/about/AboutResearchPage';
import { AboutYouPage } from '../features/assessment/AboutYouPage';
import { CheckAnswersPage } from '../features/assessment/CheckAnswersPage';
import { SectionPage } from '../features/assessment/SectionPage';
import { LandingPage } from '../features/landing/LandingPage';
import { DataDeletedPage } from '../features/your-data/DataDeletedPage';
import { Layout } from './Layout';

// Results bring the chart library and the research content: loaded only when first shown.
const ResultsPage = lazy(() =>
  import('../features/results/ResultsPage').then((m) => ({ default: m.ResultsPage })),
);

const PlanPage = lazy(() =>
  import('../features/plan/PlanPage').then((m) => ({ default: m.PlanPage })),
);
const SummaryPage = lazy(() =>
  import('../features/summary/SummaryPage').then((m) => ({ default: m.SummaryPage })),
);
const YourDataPage = lazy(() =>
  import('../features/your-data/YourDataPage').then((m) => ({ default: m.YourDataPage })),
);
const ComparePage = lazy(() =>
  import('../features/your-data/ComparePage').then((m) => ({ default: m.ComparePage })),
);
const HistoryPage = lazy(() =>
  import('../features/history/HistoryPage').then((m) => ({ default: m.HistoryPage })),
);
const PlanReviewPage = lazy(() =>
  import('../features/history/PlanReviewPage').then((m) => ({ default: m.PlanReviewPage })),
);

// Read by few, and only text: kept out of the first load.
const PrivacyPage = lazy(() =>
  import('../features/privacy/PrivacyPage').then((m) => ({ default: m.PrivacyPage })),
);

// Sharing and workshops load on first use; presentation mode is outside the site layout.
const SharePage = lazy(() =>
  import('../features/share/SharePage').then((m) => ({ default: m.SharePage })),
);
const WorkshopRoutes = lazy(() =>
  import('../features/workshop/WorkshopRoutes').then((m) => ({ default: m.WorkshopRoutes })),
);
const QrScreenPage = lazy(() =>
  import('../features/workshop/qr/QrScreenPage').then((m) => ({ default: m.QrScreenPage })),
);
const YouAndGroupPage = lazy(() =>
  import('../features/group/YouAndGroupPage').then((m) => ({ default: m.YouAndGroupPage })),
);
const PresentationPage = lazy(() =>
  import('../features/workshop/present/PresentationPage').then((m) => ({
    default: m.PresentationPage,
  })),
);

// As tall as the screen, so the footer is not in view while the page loads and does not jump away
// when it arrives.
const loading = (
  <p role="status" className="page-loading">
    Loading…
  </p>
);
const later = (page: ReactNode) => <Suspense fallback={loading}>{page}</Suspense>;

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<LandingPage />} />
        <Route path={paths.aboutYou.path} element={<AboutYouPage />} />
        <Route path={paths.section.path} element={<SectionPage />} />
        <Route path={paths.check.path} element={<CheckAnswersPage />} />
        <Route path={paths.results.path} element={later(<ResultsPage />)} />
        <Route path={paths.plan.path} element={later(<PlanPage />)} />
        <Route path={paths.summary.path} element={later(<SummaryPage />)} />
        <Route path={paths.yourData.path} element={later(<YourDataPage />)} />
        <Route path={paths.compare.path} element={later(<ComparePage />)} />
        <Route path={paths.history.path} element={later(<HistoryPage />)} />
        <Route path={paths.review.path} element={later(<PlanReviewPage />)} />
        <Route path={paths.dataDeleted.path} element={<DataDeletedPage />} />
        <Route path={paths.share.path} element={later(<SharePage />)} />
        <Route path={andBelow(paths.workshops)} element={later(<WorkshopRoutes />)} />
        <Route path={paths.group.path} element={later(<YouAndGroupPage />)} />
        <Route path={paths.aboutResearch.path} element={<AboutResearchPage />} />
        <Route path={paths.privacy.path} element={later(<PrivacyPage />)} />
        <Route path={anyOtherPath} element={<NotFound />} />
      </Route>
      <Route path={paths.workshopPresent.path} element={later(<PresentationPage />)} />
      <Route path={paths.workshopShowCode.path} element={later(<QrScreenPage />)} />
    </Routes>
  );
}
