import { useEffect } from 'react';
import { createPath, HashRouter, useLocation, useNavigate } from 'react-router';
import { ContentProvider } from '../components/content/ContentContext';
import { appContent } from './appContent';
import { AppRoutes } from './AppRoutes';

// Declarative hash routing: deep links and refresh work on any static host, under any sub-path and from
// file://, with no server set-up. (The data router would add about 16 kB gzip to the first load.)
export function App() {
  return (
    <HashRouter>
      <AppFrame />
    </HashRouter>
  );
}

/** Inside the router: the same in the browser and on the build machine (src/build/prerender). */
export function AppFrame() {
  return (
    <ContentProvider content={appContent}>
      <FollowEarlyLinks />
      <AppRoutes />
    </ContentProvider>
  );
}

/**
 * The built page can be read and its links followed before the app has started (src/build/prerender).
 * A link followed while React is putting the app on the page changes the address before the router
 * listens for changes; once it does, this catches up with the address.
 */
function FollowEarlyLinks() {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const address = window.location.hash.slice(1) || '/';
    if (address !== createPath(location)) void navigate(address, { replace: true });
    // Only once, when the app has started.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}
