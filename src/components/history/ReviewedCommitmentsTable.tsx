import { MOVEMENT_LABELS } from '../../domain/history/changes';
import { outcomeLabel, type ReviewedCommitment } from '../../domain/history/planReview';
import { answerLabel } from '../../domain/answerLabel';
import { useContent } from '../content/ContentContext';
import { DataTable } from '../DataTable';

/** Each commitment, what became of it, and how its answer moved. Used on screen and on paper. */
export function ReviewedCommitmentsTable({
  caption,
  rows,
  person = 'I',
}: {
  caption: string;
  rows: ReviewedCommitment[];
  person?: 'I' | 'we';
}) {
  const { scale, index } = useContent();
  const { actionText } = index;
  return (
    <DataTable
      caption={caption}
      columns={[
        { label: 'Action' },
        { label: `What ${person} committed to` },
        { label: 'What became of it' },
        { label: 'How the answer moved' },
      ]}
      rows={rows.map((r) => ({
        key: r.actionId,
        header: actionText(r.actionId),
        cells: [
          r.what || 'Nothing written',
          r.outcome === null
            ? 'Not reviewed'
            : `${outcomeLabel(r.outcome)}${r.note ? `: ${r.note}` : ''}`,
          `${MOVEMENT_LABELS[r.movement]}: ${answerLabel(scale, r.before)} → ${answerLabel(scale, r.after)}`,
        ],
      }))}
    />
  );
}
