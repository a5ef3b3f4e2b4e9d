import { ConfirmInRow } from '../../components/ConfirmInRow';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { hasStarted } from '../../domain/assessment/assessment';
import { useContent } from '../../components/content/ContentContext';
import { formatScore, formatDateTime } from '../../domain/display';
import { scoreAssessment } from '../../domain/scoring/score';
import { paths } from '../../routing/paths';
import { useAssessmentStore } from '../../state/assessmentStore';
import { useSnapshotStore, type Snapshot } from '../../state/snapshotStore';
import { ActionsHeader } from '../../components/DataTable';
import { TextField } from '../../components/form/TextField';

export function SnapshotsSection() {
  const assessment = useAssessmentStore((s) => s.assessment);
  const snapshots = useSnapshotStore((s) => s.snapshots);
  const save = useSnapshotStore((s) => s.save);
  const [label, setLabel] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { snapshot } = save(assessment, label.trim() || 'Snapshot');
    setFailed(!snapshot);
    if (!snapshot) {
      setSaved(null);
      return;
    }
    setSaved(formatDateTime(snapshot.savedAt));
    setLabel('');
  };

  return (
    <section aria-labelledby="snapshots-title">
      <h2 id="snapshots-title">Snapshots</h2>
      <p>
        A snapshot keeps a dated copy of your assessment on this device. Take one now, answer again
        in a few months, and compare to see what moved.
      </p>
      {hasStarted(assessment) ? (
        <form onSubmit={submit} className="add-action">
          <TextField
            id="snapshot-label"
            label="Name for the snapshot"
            optional
            maxLength={100}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
          />
          <button type="submit" className="button secondary">
            Save a snapshot
          </button>
        </form>
      ) : (
        <p>Answer some questions first; then you can save a snapshot.</p>
      )}
      {failed && (
        <p role="alert" className="notice error">
          The snapshot has not been saved: this browser would not save it (its storage for this site
          may be full). Download your assessment to keep a copy, or delete an old snapshot and try
          again.
        </p>
      )}
      {saved && (
        <p role="status" className="notice">
          Snapshot saved, {saved}.
        </p>
      )}

      {snapshots.length > 0 && (
        <table>
          <caption>Your snapshots</caption>
          <thead>
            <tr>
              <th scope="col">Saved</th>
              <th scope="col">Name</th>
              <th scope="col" className="num">
                Overall score
              </th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {[...snapshots].reverse().map((s) => (
              <SnapshotRow key={s.id} snapshot={s} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function SnapshotRow({ snapshot }: { snapshot: Snapshot }) {
  const { checklist, scale } = useContent();
  const remove = useSnapshotStore((s) => s.remove);
  const [confirming, setConfirming] = useState(false);
  const when = formatDateTime(snapshot.savedAt);
  // A screen-reader user hears which snapshot a link is for by its name as well as its date.
  const which = snapshot.label ? `“${snapshot.label}” from ${when}` : `from ${when}`;
  return (
    <tr>
      <td>{when}</td>
      <td>{snapshot.label}</td>
      <td className="num">
        {formatScore(scoreAssessment(checklist, scale, snapshot.assessment.answers).overall)}
      </td>
      <td>
        {confirming ? (
          <ConfirmInRow
            confirm={<>Yes, delete the snapshot {which}</>}
            onConfirm={() => remove(snapshot.id)}
            onKeep={() => setConfirming(false)}
          />
        ) : (
          <span className="row-actions">
            <Link to={paths.compare.href(snapshot.id)}>
              Compare <span className="visually-hidden">the snapshot {which} </span>with now
            </Link>
            <button type="button" className="link-button" onClick={() => setConfirming(true)}>
              Delete <span className="visually-hidden">the snapshot {which}</span>
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}
