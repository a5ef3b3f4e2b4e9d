import { capitalise, formatScore, listItemText } from '../../../domain/display';
import type { AppContent } from '../../../domain/content/appContent';
import { useContent } from '../../../components/content/ContentContext';
import type { FindingStanding } from '../../../domain/scoring/findings';
import { DataTable } from '../../../components/DataTable';
import './summaryBehaviours.css';

const NUMBERS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** The actions a score averages; a whole section by its title, so the printed table stays short. */
function actionsAveraged(ids: string[], index: AppContent['index']): string {
  const section = ids.length > 1 ? index.sectionOf(ids[0]!) : undefined;
  const whole =
    section &&
    section.actions.length === ids.length &&
    section.actions.every((a) => ids.includes(a.id));
  return whole
    ? `All ${NUMBERS[ids.length] ?? ids.length} actions of “${section.title}”`
    : ids.map(index.actionText).join('; ');
}

/** On paper: the group's standing on what leaders in councils achieving more innovations do (para 16). */
export function SummaryBehaviours({ behaviours }: { behaviours: FindingStanding[] }) {
  const { index } = useContent();
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
          cells: [actionsAveraged(b.actionIds, index), formatScore(b.score)],
        }))}
      />
    </section>
  );
}
