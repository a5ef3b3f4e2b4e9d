import { useEffect, useRef, useState } from 'react';
import { paths } from '../../components/paths';
import { deleteAllData } from '../../state/deleteAllData';

export function DeleteAllSection() {
  const [confirming, setConfirming] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) panel.current?.focus();
  }, [confirming]);

  return (
    <section aria-labelledby="delete-title">
      <h2 id="delete-title">Delete all my data</h2>
      <p>
        Removes everything this app has stored in this browser: your answers, notes, details, action
        plan, history of earlier rounds and plan reviews, snapshots and any workshops. Download a
        copy first if you might want it again.
      </p>
      {confirming ? (
        <div
          className="notice error"
          role="alertdialog"
          aria-labelledby="delete-confirm-title"
          tabIndex={-1}
          ref={panel}
        >
          <h3 id="delete-confirm-title">Delete everything?</h3>
          <p>You cannot undo this.</p>
          <div className="button-group">
            <button
              type="button"
              className="button warning"
              onClick={() => deleteAllData(paths.dataDeleted)}
            >
              Yes, delete all my data
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button warning" onClick={() => setConfirming(true)}>
          Delete all my data
        </button>
      )}
    </section>
  );
}
