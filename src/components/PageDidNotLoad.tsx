import { PageHeading } from './PageHeading';

/**
 * Shown instead of a page whose code would not load: most often a tab left open on the old version
 * after a new one took over in another tab (its old files are gone). Nothing reloads by itself, so
 * what this tab holds stays until its user chooses (issue 26 item 3).
 */
export function PageDidNotLoad() {
  return (
    <>
      <PageHeading title="A new version is here: reload to open this page" />
      <p>
        This tab is still running the version of the app it opened with, and that version's copy of
        this page is no longer available (or the connection dropped while it loaded). Everything you
        saved is kept. Reloading opens this page with the new version.
      </p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload to open this page
      </button>
    </>
  );
}
