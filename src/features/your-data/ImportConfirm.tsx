import type { ImportedAssessment } from '../../domain/exchange/personalFile';
import { formatDateTime } from '../../domain/display';

interface Props {
  fileName: string;
  imported: ImportedAssessment;
  /** The user has answers of their own: then the file may be an earlier round to add to history. */
  started: boolean;
  onAddAsHistory(): void;
  onReplace(): void;
  onCancel(): void;
}

/** What a checked file holds, and the choice of what to do with it; nothing changes until one is made. */
export function ImportConfirm({
  fileName,
  imported,
  started,
  onAddAsHistory,
  onReplace,
  onCancel,
}: Props) {
  return (
    <div className="notice" role="region" aria-labelledby="import-confirm-title">
      <h3 id="import-confirm-title">
        {started ? 'Add it to your history, or replace your assessment?' : 'Open this file?'}
      </h3>
      <p>
        “{fileName}” has {Object.keys(imported.assessment.answers).length} of 20 answers and{' '}
        {imported.assessment.plan.length} planned{' '}
        {imported.assessment.plan.length === 1 ? 'action' : 'actions'}
        {imported.exportedAt ? `, saved on ${formatDateTime(imported.exportedAt)}` : ''}
        {imported.history.length > 0
          ? `, with ${imported.history.length} earlier ${imported.history.length === 1 ? 'round or snapshot' : 'rounds and snapshots'}`
          : ''}
        .
      </p>
      {started && (
        <p>
          If it is an earlier round (last year's file, say), add it to your history: your current
          answers stay as they are, and you can see what moved.
        </p>
      )}
      <p>
        {started
          ? 'Your current assessment will be kept as a snapshot first, so nothing is lost.'
          : 'You have no answers yet, so nothing will be replaced.'}
      </p>
      <div className="button-group">
        {started && (
          <button type="button" className="button" onClick={onAddAsHistory}>
            Add it to my history
          </button>
        )}
        <button
          type="button"
          className={started ? 'button secondary' : 'button'}
          onClick={onReplace}
        >
          {started ? 'Replace my assessment' : 'Open it'}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
