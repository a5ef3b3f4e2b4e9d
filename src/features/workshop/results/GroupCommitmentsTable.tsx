import { DataTable } from '../../../components/DataTable';
import { outcomeLabel, type ReviewedCommitment } from '../../../domain/history/planReview';
import { meanThenNow } from '../shared/groupChangeText';
import { useContent } from '../../../components/content/ContentContext';

/**
 * The earlier group plan: each commitment, what the group says became of it, and how the group's
 * average answer moved. On screen and on paper.
 */
export function GroupCommitmentsTable({
  caption,
  rows,
}: {
  caption: string;
  rows: ReviewedCommitment[];
}) {
  const { index } = useContent();
  return (
    <DataTable
      caption={caption}
      columns={[
        { label: 'Action' },
        { label: 'What we committed to' },
        { label: 'What became of it' },
        { label: 'Group average, then → now' },
      ]}
      rows={rows.map((r) => ({
        key: r.actionId,
        header: index.actionText(r.actionId),
        cells: [
          r.what,
          r.outcome === null
            ? 'Not reviewed yet'
            : `${outcomeLabel(r.outcome)}${r.note ? `: ${r.note}` : ''}`,
          meanThenNow(r),
        ],
      }))}
    />
  );
}
