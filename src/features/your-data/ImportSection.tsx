import { useRef, useState, type ChangeEvent } from 'react';
import { hasStarted } from '../../domain/assessment/assessment';
import { checklistContent } from '../../domain/content/load';
import { readPersonalFile, type ImportedAssessment } from '../../domain/exchange/personalFile';
import { describedBy, FieldError } from '../../components/form/FieldError';
import { readFileText } from '../../components/readFileText';
import { formatDateTime } from './formatDateTime';
import { useAssessmentStore } from '../../state/assessmentStore';
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
    const keep = hasStarted(current) ? saveSnapshot(current, 'Kept before importing a file') : null;
    replace(imported.assessment);
    setState({ step: 'done', keptAs: keep ? formatDateTime(keep.savedAt) : null });
    if (input.current) input.current.value = '';
  };

  const error = state.step === 'error';
  // Ids `import-hint` and `import-error`: the file box keeps its own id for its label.
  const ids = describedBy('import', { hint: true, error });
  const answered = (i: ImportedAssessment) => Object.keys(i.assessment.answers).length;

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
