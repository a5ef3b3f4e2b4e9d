import { useRef, useState, type ChangeEvent } from 'react';
import { hasStarted } from '../../domain/assessment/assessment';
import { checklistContent } from '../../domain/content/load';
import {
  MAX_IMPORT_BYTES,
  readPersonalFile,
  type ImportedAssessment,
} from '../../domain/exchange/personalFile';
import { tooBigMessage } from '../../domain/response/response';
import { formatDateTime } from './formatDateTime';
import { ASSESSMENT_KEY, useAssessmentStore } from '../../state/assessmentStore';
import { lastWriteSucceeded } from '../../state/savedFormat';
import { useSnapshotStore } from '../../state/snapshotStore';

const { checklist, scale } = checklistContent;

type State =
  | { step: 'choose' }
  | { step: 'error'; message: string }
  | { step: 'confirm'; imported: ImportedAssessment; fileName: string }
  | { step: 'done'; keptAs: string | null };

/** Import checks the whole file first; it replaces the current assessment only after confirmation. */
export function ImportSection() {
  const [state, setState] = useState<State>({ step: 'choose' });
  const input = useRef<HTMLInputElement>(null);
  const current = useAssessmentStore((s) => s.assessment);
  const replace = useAssessmentStore((s) => s.replace);
  const saveSnapshot = useSnapshotStore((s) => s.save);
  const removeSnapshot = useSnapshotStore((s) => s.remove);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    // Checked before reading, so a huge file is never loaded into memory.
    if (file.size > MAX_IMPORT_BYTES) {
      setState({ step: 'error', message: `The file cannot be used: ${tooBigMessage(file.size)}` });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ step: 'error', message: 'The file could not be read. Try choosing it again.' });
      return;
    }
    const result = readPersonalFile(text, checklist, scale, file.size);
    setState(
      result.ok
        ? { step: 'confirm', imported: result.value, fileName: file.name }
        : { step: 'error', message: result.message },
    );
  };

  const confirm = (imported: ImportedAssessment) => {
    const keep = hasStarted(current) ? saveSnapshot(current, 'Kept before importing a file') : null;
    // Never replace what the user has unless the copy of it is really saved.
    if (hasStarted(current) && !keep) {
      setState({
        step: 'error',
        message:
          'The file has not been opened: your current assessment could not be kept as a snapshot first (see the message at the top of the page), so nothing has changed. Download your current assessment, or delete old snapshots, and try again.',
      });
      return;
    }
    replace(imported.assessment);
    if (!lastWriteSucceeded(ASSESSMENT_KEY)) {
      // Put back what was there, which is still what the browser holds.
      replace(current);
      if (keep) removeSnapshot(keep.id);
      setState({
        step: 'error',
        message:
          'The file has not been opened: the browser would not save it (see the message at the top of the page), so your assessment is as it was.',
      });
      return;
    }
    setState({ step: 'done', keptAs: keep ? formatDateTime(keep.savedAt) : null });
    if (input.current) input.current.value = '';
  };

  const answered = (i: ImportedAssessment) => Object.keys(i.assessment.answers).length;

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Open a saved file</h2>
      <div className={state.step === 'error' ? 'form-group has-error' : 'form-group'}>
        <label htmlFor="import-file">Choose an assessment file you downloaded from this app</label>
        <p className="hint" id="import-hint">
          A .json file, at most 1 MB. Nothing changes until you confirm.
        </p>
        {state.step === 'error' && (
          <p className="field-error" id="import-error" role="alert">
            <span className="visually-hidden">Error:</span> {state.message}
          </p>
        )}
        <input
          ref={input}
          type="file"
          id="import-file"
          accept=".json,application/json"
          aria-describedby={state.step === 'error' ? 'import-hint import-error' : 'import-hint'}
          onChange={choose}
        />
      </div>

      {state.step === 'confirm' && (
        <div className="notice" role="region" aria-labelledby="import-confirm-title">
          <h3 id="import-confirm-title">Replace your current assessment?</h3>
          <p>
            “{state.fileName}” has {answered(state.imported)} of 20 answers and{' '}
            {state.imported.assessment.plan.length} planned{' '}
            {state.imported.assessment.plan.length === 1 ? 'action' : 'actions'}
            {state.imported.exportedAt
              ? `, saved on ${formatDateTime(state.imported.exportedAt)}`
              : ''}
            .
          </p>
          <p>
            {hasStarted(current)
              ? 'Your current assessment will be kept as a snapshot first, so nothing is lost.'
              : 'You have no answers yet, so nothing will be replaced.'}
          </p>
          <div className="button-group">
            <button type="button" className="button" onClick={() => confirm(state.imported)}>
              Replace my assessment
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => setState({ step: 'choose' })}
            >
              Cancel
            </button>
          </div>
        </div>
      )}

      {state.step === 'done' && (
        <div className="notice" role="status">
          <p>
            <strong>The file has been opened.</strong>{' '}
            {state.keptAs
              ? `Your previous assessment is kept as a snapshot from ${state.keptAs}.`
              : ''}
          </p>
        </div>
      )}
    </section>
  );
}
