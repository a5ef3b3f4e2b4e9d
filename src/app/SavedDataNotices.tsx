import { useMemo } from 'react';
import { useSavedDataProblems, type UnreadableSave } from '../state/savedDataProblems';

/** Tells the user when saved data could not be used or saving failed; offers the saved text for download. */
export function SavedDataNotices() {
  const unreadable = useSavedDataProblems((s) => s.unreadable);
  const saveFailed = useSavedDataProblems((s) => s.saveFailed);
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

// What was lost and what the app did instead, by storage key; the assessment's words are the default.
const WORDING: Record<string, { what: string; instead: string; file: string }> = {
  'kai.workshops': {
    what: 'Your saved workshops',
    instead: 'The app has started with no workshops.',
    file: 'key-actions-saved-workshops.json',
  },
};
const DEFAULT_WORDING = {
  what: 'Your saved answers',
  instead: 'The app has started a new, empty assessment.',
  file: 'key-actions-saved-answers.json',
};

function UnreadableNotice({ problem }: { problem: UnreadableSave }) {
  const words = WORDING[problem.key] ?? DEFAULT_WORDING;
  const discard = useSavedDataProblems((s) => s.discardUnreadable);
  const href = useMemo(
    () => URL.createObjectURL(new Blob([problem.raw], { type: 'application/json' })),
    [problem.raw],
  );
  return (
    <div className="notice error" role="alert">
      <h2>{words.what} could not be used</h2>
      <p>
        {words.what} could not be used: {problem.message} {words.instead} What was saved has been
        kept: download it to keep a copy, or to ask for help.
      </p>
      <div className="button-group">
        <a className="button secondary" href={href} download={words.file}>
          Download what was saved
        </a>
        <button type="button" className="button secondary" onClick={() => discard(problem.key)}>
          Start fresh and discard it
        </button>
      </div>
    </div>
  );
}
