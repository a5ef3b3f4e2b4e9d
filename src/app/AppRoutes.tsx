import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { NotFound } from '../components/NotFound';
import { paths } from '../components/paths';
import { AboutResearchPage } from '../features/about/AboutResearchPage';
import { AboutYouPage } from '../features/assessment/AboutYouPage';
import { CheckAnswersPage } from '../features/assessment/CheckAnswersPage';
import { SectionPage } from '../features/assessment/SectionPage';
import { LandingPage } from '../features/landing/LandingPage';
import { PrivacyPage } from '../features/privacy/PrivacyPage';
import { Layout } from './Layout';

// Results bring the chart library and the research content: loaded only when first shown.
const ResultsPage = lazy(() =>
  import('../features/results/ResultsPage').then((m) => ({ default: m.ResultsPage })),
);

// As tall as the screen, so the footer is not in view while the page loads and does not jump away
// when it arrives.
const loading = (
  <p role="status" className="page-loading">
    Loading…
  </p>
);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<LandingPage />} />
        <Route path={paths.aboutYou} element={<AboutYouPage />} />
        <Route path="/section/:sectionId" element={<SectionPage />} />
        <Route path={paths.check} element={<CheckAnswersPage />} />
        <Route
          path={paths.results}
          element={
            <Suspense fallback={loading}>
              <ResultsPage />
            </Suspense>
          }
        />
        <Route path={paths.aboutResearch} element={<AboutResearchPage />} />
        <Route path={paths.privacy} element={<PrivacyPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
