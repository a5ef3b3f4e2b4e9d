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

function UnreadableNotice({ problem }: { problem: UnreadableSave }) {
  const discard = useSavedDataProblems((s) => s.discardUnreadable);
  const href = useMemo(
    () => URL.createObjectURL(new Blob([problem.raw], { type: 'application/json' })),
    [problem.raw],
  );
  return (
    <div className="notice error" role="alert">
      <h2>Your saved answers could not be used</h2>
      <p>
        Your saved answers could not be used: {problem.message} The app has started a new, empty
        assessment. What was saved has been kept: download it to keep a copy, or to ask for help.
      </p>
      <div className="button-group">
        <a className="button secondary" href={href} download="key-actions-saved-answers.json">
          Download what was saved
        </a>
        <button type="button" className="button secondary" onClick={() => discard(problem.key)}>
          Start fresh and discard it
        </button>
      </div>
    </div>
  );
}
