import { useAppUpdate } from '../state/appUpdate';

/**
 * Offers a new version of the app without forcing it. The live region is always in the page so that
 * screen readers announce the offer when it appears.
 */
export function UpdatePrompt() {
  const reload = useAppUpdate((s) => s.reload);
  return (
    <div className="update-banner-region" role="status">
      {reload && (
        <div className="update-banner">
          <div className="container">
            <p>
              A new version is available –{' '}
              <button type="button" className="link-button" onClick={reload}>
                Reload
              </button>
            </p>
          </div>
        </div>
      )}
    </div>
  );
}
