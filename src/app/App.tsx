import { HashRouter } from 'react-router';
import { AppRoutes } from './AppRoutes';

// Declarative hash routing: deep links and refresh work on any static host, under any sub-path and from
// file://, with no server set-up. (The data router would add about 16 kB gzip to the first load.)
export function App() {
  return (
    <HashRouter>
      <AppRoutes />
    </HashRouter>
  );
}
