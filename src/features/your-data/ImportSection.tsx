import { useRef, useState, type ChangeEvent } from 'react';
import { hasStarted } from '../../domain/assessment/assessment';
import { useContent } from '../../components/content/ContentContext';
import { readPersonalFile, type ImportedAssessment } from '../../domain/exchange/personalFile';
import { describedBy, FieldError } from '../../components/form/FieldError';
import { readFileText } from '../../components/readFileText';
import { formatDateTime } from '../../domain/display';
import { SAVED, whyNotSaved } from '../../domain/saved/result';
import { allOrNothing } from '../../state/allOrNothing';
import { useAssessmentStore } from '../../state/assessmentStore';
import { useSnapshotStore } from '../../state/snapshotStore';
import { useHistoryStore } from '../../state/historyStore';
import { roundEntry } from '../../domain/history/round';
import { ImportConfirm } from './ImportConfirm';

type State =
  | { step: 'choose' }
  | { step: 'error'; message: string }
  | { step: 'confirm'; imported: ImportedAssessment; fileName: string }
  | {
      step: 'done';
      keptAs: string | null;
      added: number;
      alreadyThere: number;
      asHistory: boolean;
    };

/** Import checks the whole file first; it replaces the current assessment only after confirmation. */
export function ImportSection() {
  const { checklist, scale } = useContent();
  const [state, setState] = useState<State>({ step: 'choose' });
  const input = useRef<HTMLInputElement>(null);
  const current = useAssessmentStore((s) => s.assessment);
  const replace = useAssessmentStore((s) => s.replace);
  const saveSnapshot = useSnapshotStore((s) => s.save);
  const addImported = useHistoryStore((s) => s.addImported);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const text = await readFileText(file);
    if (!text.ok) {
      setState({ step: 'error', message: `The file cannot be used: ${text.message}` });
      return;
    }
    const result = readPersonalFile(text.value, checklist, scale, file.size);
    setState(
      result.ok
        ? { step: 'confirm', imported: result.value, fileName: file.name }
        : { step: 'error', message: result.message },
    );
  };

  const confirm = (imported: ImportedAssessment) => {
    // All or nothing (issue 26 item 6): the file's history, a snapshot of what the user has, and the
    // file's assessment are saved together, or none of them is and storage is put back as it was.
    let merged = { added: 0, alreadyThere: 0 };
    let keptAt: string | null = null;
    const result = allOrNothing(
      [useHistoryStore, useSnapshotStore, useAssessmentStore],
      [
        // The file's own history goes in either way; a round already here (same id) is not added twice.
        () => {
          const { result, ...counts } = addImported(imported.history, current.id);
          merged = counts;
          return result;
        },
        // Never replace what the user has unless the copy of it is really saved.
        () => {
          if (!hasStarted(current)) return SAVED;
          const { result, snapshot } = saveSnapshot(current, 'Kept before importing a file');
          keptAt = snapshot ? snapshot.savedAt : null;
          return result;
        },
        () => replace(imported.assessment),
      ],
    );
    if (result.kind !== 'saved') {
      setState({
        step: 'error',
        message: `The file has not been opened, and nothing has changed: ${whyNotSaved(result)}`,
      });
      return;
    }
    setState({
      step: 'done',
      keptAs: keptAt ? formatDateTime(keptAt) : null,
      ...merged,
      asHistory: false,
    });
    if (input.current) input.current.value = '';
  };

  /** Last year's file on a new device: its assessment becomes an earlier round; today's answers stay. */
  const addAsHistory = (imported: ImportedAssessment) => {
    const rounds = hasStarted(imported.assessment)
      ? [roundEntry(imported.assessment, 'Round', new Date()), ...imported.history]
      : imported.history;
    const { result, ...merged } = addImported(rounds, current.id);
    if (result.kind !== 'saved') {
      setState({
        step: 'error',
        message: `The history in the file could not be kept, so nothing has changed: ${whyNotSaved(result)}`,
      });
      return;
    }
    setState({ step: 'done', keptAs: null, ...merged, asHistory: true });
    if (input.current) input.current.value = '';
  };

  const error = state.step === 'error';
  // Ids `import-hint` and `import-error`: the file box keeps its own id for its label.
  const ids = describedBy('import', { hint: true, error });

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Open a saved file</h2>
      <div className={error ? 'form-group has-error' : 'form-group'}>
        <label htmlFor="import-file">Choose an assessment file you downloaded from this app</label>
        <p className="hint" id={ids.hintId}>
          A .json file, at most 1 MB. Nothing changes until you confirm.
        </p>
        {error && <FieldError id={ids.errorId} message={state.message} alert />}
        <input
          ref={input}
          type="file"
          id="import-file"
          accept=".json,application/json"
          aria-describedby={ids.describedBy}
          onChange={choose}
        />
      </div>

      {state.step === 'confirm' && (
        <ImportConfirm
          fileName={state.fileName}
          imported={state.imported}
          started={hasStarted(current)}
          onAddAsHistory={() => addAsHistory(state.imported)}
          onReplace={() => confirm(state.imported)}
          onCancel={() => setState({ step: 'choose' })}
        />
      )}

      {state.step === 'done' && (
        <div className="notice" role="status">
          <p>
            <strong>
              {state.asHistory
                ? 'The file has been added to your history.'
                : 'The file has been opened.'}
            </strong>{' '}
            {state.keptAs
              ? `Your previous assessment is kept as a snapshot from ${state.keptAs}. `
              : ''}
            {historyOutcome(state.added, state.alreadyThere)}
          </p>
        </div>
      )}
    </section>
  );
}

function historyOutcome(added: number, alreadyThere: number): string {
  const parts = [];
  if (added > 0)
    parts.push(
      `${added} ${added === 1 ? 'round or snapshot was' : 'rounds and snapshots were'} added to your history.`,
    );
  if (alreadyThere > 0)
    parts.push(
      `${alreadyThere} ${alreadyThere === 1 ? 'was' : 'were'} already there and ${alreadyThere === 1 ? 'was' : 'were'} not added again.`,
    );
  return parts.join(' ');
}
