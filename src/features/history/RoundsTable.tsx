import type { RoundScores } from '../../domain/history/series';
import { ScrollArea } from '../../components/ScrollArea';
import { formatScore } from '../../domain/display';
import { DataTable } from '../../components/DataTable';
import { roundDate } from '../../domain/display';

/** Every round with its overall score and coverage, earliest first. */
export function RoundsTable({ scores }: { scores: RoundScores[] }) {
  return (
    <section aria-labelledby="rounds-title">
      <h2 id="rounds-title">Each round</h2>
      <ScrollArea label="Each round">
        <DataTable
          caption="Overall score, and actions done to a large extent or fully, in each round"
          columns={[
            { label: 'Round' },
            { label: 'Kept as' },
            { label: 'Overall score', numeric: true },
            { label: 'Done to a large extent or fully', numeric: true },
            { label: 'Answered on the scale', numeric: true },
          ]}
          rows={scores.map((r) => ({
            key: r.id,
            header: r.label === 'Now' ? 'Now' : roundDate(r.date),
            cells: [
              r.label === 'Now' ? 'This round' : r.label,
              formatScore(r.overall),
              `${r.coverage} of ${r.total}`,
              `${r.answered} of ${r.total}`,
            ],
          }))}
        />
      </ScrollArea>
    </section>
  );
}
