import { Outlet, Link } from 'react-router';

export function Layout() {
  return (
    <>
      <a
        href="#main"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container">
          <Link to="/" className="site-name">
            Key Actions for Innovation
          </Link>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            Based on the leaflet "Council Leaders' Key Actions for Innovation". Your answers stay on
            this device.
          </p>
        </div>
      </footer>
    </>
  );
}
