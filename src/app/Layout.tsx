import { Link, NavLink, Outlet } from 'react-router';
import { paths } from '../routing/paths';
import { useTurnMode } from '../state/turnMode';
import { SavedDataNotices } from './SavedDataNotices';
import { UpdatePrompt } from './UpdatePrompt';

export function Layout() {
  // During a member's turn on a shared device, no way into the device owner's own pages.
  const turn = useTurnMode((s) => s.active);
  return (
    <>
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          // Hash routing owns the URL fragment, so the skip link moves focus itself.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to main content
      </a>
      <UpdatePrompt />
      <header className="site-header">
        <div className="container">
          {turn ? (
            <span className="site-name">Key Actions for Innovation</span>
          ) : (
            <Link to={paths.home.href()} className="site-name">
              Key Actions for Innovation
            </Link>
          )}
          <nav className="site-nav" aria-label="Main" hidden={turn}>
            <ul>
              <li>
                <NavLink to={paths.check.href()}>Your answers</NavLink>
              </li>
              <li>
                <NavLink to={paths.results.href()}>Results</NavLink>
              </li>
              <li>
                <NavLink to={paths.plan.href()}>Your plan</NavLink>
              </li>
              <li>
                <NavLink to={paths.yourData.href()}>Save and compare</NavLink>
              </li>
              <li>
                <NavLink to={paths.aboutResearch.href()}>About the research</NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container">
        <SavedDataNotices />
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            Based on the leaflet "Council Leaders' Key Actions for Innovation". Your answers stay on
            this device.
            {!turn && (
              <>
                {' '}
                <Link to={paths.privacy.href()}>Privacy</Link> ·{' '}
                <Link to={paths.workshops.href()}>Workshops</Link> ·{' '}
                <Link to={paths.sector.href()}>The sector picture</Link>
              </>
            )}
          </p>
        </div>
      </footer>
    </>
  );
}
