import { useMemo } from 'react';
import { useHydrated } from '../components/useHydrated';
import { useSavedDataProblems, type UnreadableSave } from '../state/savedDataProblems';

/** Tells the user when saved data could not be used or saving failed; offers the saved text for download. */
export function SavedDataNotices() {
  const unreadable = useSavedDataProblems((s) => s.unreadable);
  const saveFailed = useSavedDataProblems((s) => s.saveFailed);
  // Only this browser knows: not in a page rendered at build time, nor while React takes it over.
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <>
      {saveFailed && (
        <div className="notice error" role="alert">
          <h2>Your latest change has not been saved</h2>
          <p>{saveFailed}</p>
        </div>
      )}
      {unreadable.map((problem) => (
        <UnreadableNotice key={problem.key} problem={problem} />
      ))}
    </>
  );
}

// What each stored key holds, in the user's words, and what the app does instead.
const KINDS: Record<string, { what: string; instead: string }> = {
  'kai.assessment': {
    what: 'Your saved answers',
    instead: 'The app has started a new, empty assessment.',
  },
  'kai.snapshots': { what: 'Your saved snapshots', instead: 'The app is showing no snapshots.' },
  'kai.workshops': { what: 'Your saved workshops', instead: 'The app is showing no workshops.' },
};

function UnreadableNotice({ problem }: { problem: UnreadableSave }) {
  const kind = KINDS[problem.key] ?? { what: 'Some saved data', instead: '' };
  const discard = useSavedDataProblems((s) => s.discardUnreadable);
  const href = useMemo(
    () => URL.createObjectURL(new Blob([problem.raw], { type: 'application/json' })),
    [problem.raw],
  );
  return (
    <div className="notice error" role="alert">
      <h2>{kind.what} could not be used</h2>
      <p>
        {kind.what} could not be used: {problem.message} {kind.instead} What was saved has been
        kept: download it to keep a copy, or to ask for help.
      </p>
      <div className="button-group">
        <a
          className="button secondary"
          href={href}
          download={`key-actions-${problem.key.replace(/^kai\./, '')}-saved.json`}
        >
          Download what was saved
        </a>
        <button type="button" className="button secondary" onClick={() => discard(problem.key)}>
          Start fresh and discard it
        </button>
      </div>
    </div>
  );
}
