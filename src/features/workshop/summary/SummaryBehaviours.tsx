import { capitalise, formatScore, listItemText } from '../../../domain/display';
import { checklistIndex } from '../../../domain/content/contentIndex';
import type { FindingStanding } from '../../../domain/scoring/findings';
import { DataTable } from '../../../components/DataTable';
import './summaryBehaviours.css';

/** On paper: the group's standing on what leaders in councils achieving more innovations do (para 16). */
export function SummaryBehaviours({ behaviours }: { behaviours: FindingStanding[] }) {
  return (
    <section aria-labelledby="sum-behaviours" className="gs-section">
      <h2 id="sum-behaviours">What leaders in councils achieving more innovations do</h2>
      <DataTable
        className="gs-table"
        columns={[
          {
            label: 'What those leaders do (Creative Councils update, para 16; mean of its actions)',
          },
          { label: 'Checklist actions it averages' },
          { label: 'Group score', numeric: true },
        ]}
        rows={behaviours.map((b) => ({
          key: b.findingId,
          header: capitalise(listItemText(b.text)),
          // Which actions the score averages, so a reader can check it (the climate is six: issue 22)
          cells: [b.actionIds.map(checklistIndex.actionText).join('; '), formatScore(b.score)],
        }))}
      />
    </section>
  );
}
