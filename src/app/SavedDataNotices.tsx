import { useMemo } from 'react';
import { useHydrated } from '../components/useHydrated';
import { useOtherTabs } from '../state/otherTabs';
import { useSavedDataProblems, type Incident } from '../state/savedDataProblems';
import { discard, downloaded } from '../state/setAside';

// What each stored key holds, in the user's words, and what the app does instead.
const KINDS: Record<string, { what: string; change: string; instead: string }> = {
  'kai.assessment': {
    what: 'Your saved answers',
    change: 'your answers',
    instead: 'The app has started a new, empty assessment.',
  },
  'kai.snapshots': {
    what: 'Your saved snapshots',
    change: 'your snapshots',
    instead: 'The app is showing no snapshots.',
  },
  'kai.history': {
    what: 'Your saved history',
    change: 'your history',
    instead: 'The app is showing no earlier rounds.',
  },
  'kai.workshops': {
    what: 'Your saved workshops',
    change: 'your workshops',
    instead: 'The app is showing no workshops.',
  },
};
const kindOf = (key: string) =>
  KINDS[key] ?? { what: 'Some saved data', change: 'this data', instead: '' };

/**
 * Tells the user when saved data could not be used (one notice per incident, each with its own download)
 * and when a change was not saved (one notice per kind of data, so one success never hides another
 * failure).
 */
export function SavedDataNotices() {
  const incidents = useSavedDataProblems((s) => s.incidents);
  const saveFailed = useSavedDataProblems((s) => s.saveFailed);
  const mended = useSavedDataProblems((s) => s.mended);
  const dismissMended = useSavedDataProblems((s) => s.dismissMended);
  const deletedElsewhere = useOtherTabs((s) => s.deletedElsewhere);
  // Only this browser knows: not in a page rendered at build time, nor while React takes it over.
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <>
      {deletedElsewhere && (
        <div className="notice error" role="alert">
          <h2>Your data was deleted in another tab or window</h2>
          <p>
            Everything this app kept in this browser was deleted there, and this page has let it go
            too: nothing from before will be saved again. What you enter from now on is saved as
            new.
          </p>
        </div>
      )}
      {incidents.map((incident) => (
        <IncidentNotice key={incident.id} incident={incident} />
      ))}
      {Object.entries(mended).map(([key, notes]) => (
        <div className="notice" role="status" key={key}>
          <h2>Some dates in {kindOf(key).change} were cleared</h2>
          <ul>
            {notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
          <p>Everything else is as you saved it. You can give those actions a new date.</p>
          <button type="button" className="button secondary" onClick={() => dismissMended(key)}>
            OK, hide this message
          </button>
        </div>
      ))}
      {Object.entries(saveFailed).map(([key, message]) => (
        <div className="notice error" role="alert" key={key}>
          <h2>Your latest change to {kindOf(key).change} has not been saved</h2>
          <p>{message}</p>
        </div>
      ))}
    </>
  );
}

function IncidentNotice({ incident }: { incident: Incident }) {
  const kind = kindOf(incident.key);
  const href = useMemo(
    () => URL.createObjectURL(new Blob([incident.raw], { type: 'application/json' })),
    [incident.raw],
  );
  const heading = incident.partial
    ? `Some of ${kind.change} could not be used`
    : `${kind.what} could not be used`;
  const kept = incident.newer
    ? `This version of the app will never change them. Use the newer version (close this tab, or reload it to update), or download a copy.`
    : incident.downloaded
      ? `You have downloaded what was saved, so changes to ${kind.change} are saved again.`
      : `${incident.copyKey ? 'A copy has been kept in this browser. ' : "Your browser's storage is full, so no separate copy could be kept. "}What was saved stays exactly as it was until you download it or discard it; until then, changes to ${kind.change} are not saved.`;
  return (
    <div className="notice error" role="alert">
      <h2>{heading}</h2>
      <p>
        {incident.partial
          ? incident.message
          : `${kind.what} could not be used: ${incident.message} ${incident.newer ? '' : kind.instead}`}{' '}
        {kept}
      </p>
      <div className="button-group">
        <a
          className="button secondary"
          href={href}
          download={`key-actions-${incident.key.replace(/^kai\./, '')}-saved.json`}
          onClick={() => downloaded(incident.id)}
        >
          Download what was saved
        </a>
        {!incident.newer && (
          <button type="button" className="button secondary" onClick={() => discard(incident.id)}>
            {incident.downloaded ? 'Done: discard the kept copy' : 'Start fresh and discard it'}
          </button>
        )}
      </div>
    </div>
  );
}
