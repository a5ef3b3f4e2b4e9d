import { Route, Routes } from 'react-router';
import { LandingPage } from '../features/landing/LandingPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<LandingPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
