import { useState } from 'react';
import { ConfirmPanel } from '../../components/ConfirmPanel';
import { paths } from '../../routing/paths';
import { deleteAllData } from '../../state/deleteAllData';

export function DeleteAllSection() {
  const [confirming, setConfirming] = useState(false);

  return (
    <section aria-labelledby="delete-title">
      <h2 id="delete-title">Delete all my data</h2>
      <p>
        Removes everything this app has stored in this browser: your answers, notes, details, action
        plan, history of earlier rounds and plan reviews, snapshots and any workshops. Download a
        copy first if you might want it again.
      </p>
      {confirming ? (
        <ConfirmPanel
          id="delete-confirm"
          title="Delete everything?"
          confirmLabel="Yes, delete all my data"
          cancelLabel="Cancel"
          onConfirm={() => deleteAllData(paths.dataDeleted.href())}
          onCancel={() => setConfirming(false)}
        >
          <p>You cannot undo this.</p>
        </ConfirmPanel>
      ) : (
        <button type="button" className="button warning" onClick={() => setConfirming(true)}>
          Delete all my data
        </button>
      )}
    </section>
  );
}
