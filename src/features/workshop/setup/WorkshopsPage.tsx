import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ConfirmPanel } from '../../../components/ConfirmPanel';
import { JsonFileField } from '../../../components/form/JsonFileField';
import { PageHeading } from '../../../components/PageHeading';
import { paths } from '../../../routing/paths';
import { formatDate } from '../../../domain/display';
import { readWorkshopFile } from '../../../domain/workshop/workshopFile';
import { respondents, type Workshop } from '../../../domain/workshop/workshop';
import type { SaveResult } from '../../../domain/saved/result';
import { useWorkshopStore } from '../../../state/workshopStore';
import { readFileText } from '../../../components/readFileText';
import { useContent } from '../../../components/content/ContentContext';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'error'; fileName: string; message: string }
  | { kind: 'duplicate'; workshop: Workshop };

export function WorkshopsPage() {
  const { checklist, scale } = useContent();
  const workshops = useWorkshopStore((s) => s.workshops);
  const importWorkshop = useWorkshopStore((s) => s.importWorkshop);
  const navigate = useNavigate();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const messageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.kind === 'error') messageRef.current?.focus();
  }, [state]);

  // Not saved (storage full, say): the notice at the top of the page says why, and nothing opens.
  const openImported = ({ result, id }: { result: SaveResult; id: string }) => {
    if (result.kind === 'saved') navigate(paths.workshop.href(id));
    else setState({ kind: 'idle' });
  };

  const onFile = async (file: File) => {
    const text = await readFileText(file);
    const read = text.ok ? readWorkshopFile(text.value, checklist, scale) : text;
    if (!read.ok) {
      setState({ kind: 'error', fileName: file.name, message: read.message });
    } else if (workshops.some((w) => w.id === read.value.id)) {
      setState({ kind: 'duplicate', workshop: read.value });
    } else {
      openImported(importWorkshop(read.value, 'copy'));
    }
  };

  const sorted = [...workshops].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  return (
    <>
      <PageHeading title="Workshops" />
      <p className="lead">
        Run the self-assessment with a cabinet group. Each member answers privately, the group sees
        where it agrees and where it disagrees, and agrees a group action plan.
      </p>
      <p>
        Everything stays on this device. Members can answer in turn on this device, or on their own
        devices and send you their answers as a file or a code.
      </p>
      <div className="button-group">
        <Link to={paths.newWorkshop.href()} className="button">
          Create a workshop
        </Link>
        <Link to={paths.workshopGuide.href()}>How to run a workshop: the facilitator's guide</Link>
      </div>

      <h2>Your workshops</h2>
      {sorted.length === 0 ? (
        <p>There are no workshops on this device yet.</p>
      ) : (
        <ul className="workshop-list">
          {sorted.map((w) => (
            <li key={w.id}>
              <Link to={paths.workshop.href(w.id)} className="workshop-link">
                {w.title}
              </Link>
              <span className="hint">
                {[w.council, w.date && formatDate(w.date)].filter(Boolean).join(', ')}
                {(w.council || w.date) && '. '}
                {respondents(w).length} of {w.participants.length}{' '}
                {w.participants.length === 1 ? 'participant has' : 'participants have'} answered.
                {w.revealed ? ' Results revealed.' : ' Results hidden.'}
              </span>
            </li>
          ))}
        </ul>
      )}

      <h2>Import a workshop file</h2>
      <p>
        A workshop exported from this app, for example on another device. Nothing on this device
        changes unless the file can be used.
      </p>
      <JsonFileField
        id="workshop-file"
        label="Choose a workshop file"
        onFile={(file) => void onFile(file)}
      />
      {state.kind === 'error' && (
        <div className="notice error" role="alert" tabIndex={-1} ref={messageRef}>
          <h3>The workshop could not be imported</h3>
          <p>
            “{state.fileName}” could not be imported: {state.message}
          </p>
        </div>
      )}
      {state.kind === 'duplicate' && (
        <ConfirmPanel
          key={state.workshop.id}
          id="dup"
          plain
          title={`“${state.workshop.title}” is already on this device`}
          confirmLabel="Replace the copy on this device"
          cancelLabel="Keep both"
          onConfirm={() => openImported(importWorkshop(state.workshop, 'replace'))}
          onCancel={() => openImported(importWorkshop(state.workshop, 'copy'))}
          extra={
            <button
              type="button"
              className="link-button"
              onClick={() => setState({ kind: 'idle' })}
            >
              Cancel
            </button>
          }
        >
          <p>
            Replace the copy on this device with the one in the file, or keep both as separate
            workshops.
          </p>
        </ConfirmPanel>
      )}

      <h2>Taking part in a workshop?</h2>
      <p>
        Answer the questions on your own device, then{' '}
        <Link to={paths.share.href()}>share your answers with the workshop</Link>.
      </p>
    </>
  );
}
