import { useMemo } from 'react';
import { ScrollArea } from '../../components/ScrollArea';
import { useContent } from '../../components/content/ContentContext';
import { actionChanges, MOVEMENT_LABELS, movedActions } from '../../domain/history/changes';
import type { Answers } from '../../domain/scoring/answers';
import { answerLabel } from '../../domain/answerLabel';
import { DataTable } from '../../components/DataTable';

const points = (n: number | null) => (n === null || n === 0 ? '' : n > 0 ? ` (+${n})` : ` (${n})`);

/** Every action's move between two rounds, largest moves first. */
export function ActionChangesTable({
  earlier,
  later,
  sinceLabel,
}: {
  earlier: Answers;
  later: Answers;
  sinceLabel: string;
}) {
  const { checklist, scale, index } = useContent();
  const { actionText } = index;
  const changes = useMemo(
    () => actionChanges(checklist, earlier, later),
    [checklist, earlier, later],
  );
  const moved = movedActions(changes).length;
  return (
    <section aria-labelledby="action-changes-title">
      <h2 id="action-changes-title">What moved since {sinceLabel}</h2>
      <p>
        {moved === 0
          ? 'No answer has moved.'
          : `${moved} ${moved === 1 ? 'answer has' : 'answers have'} moved. The largest moves come first.`}
      </p>
      <ScrollArea label={`Change in each action since ${sinceLabel}`}>
        <DataTable
          caption={`Change in each action since ${sinceLabel}`}
          columns={[{ label: 'Action' }, { label: 'Then' }, { label: 'Now' }, { label: 'Change' }]}
          rows={changes.map((c) => ({
            key: c.actionId,
            header: actionText(c.actionId),
            cells: [
              answerLabel(scale, c.before),
              answerLabel(scale, c.after),
              `${MOVEMENT_LABELS[c.movement]}${points(c.points)}`,
            ],
          }))}
        />
      </ScrollArea>
    </section>
  );
}
