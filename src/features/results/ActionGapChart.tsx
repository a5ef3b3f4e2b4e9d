import type { ActionResult } from '../../domain/scoring/score';
import { formatScore } from '../../domain/scoring/format';
import { ChartFrame } from '../../components/ChartFrame';
import { DataTable } from '../../components/DataTable';
import { HorizontalBars } from '../../components/charts/HorizontalBars';
import { checklistIndex } from '../../domain/content/contentIndex';

const { actionText, sectionOf } = checklistIndex;

/** All scored actions by gap, weakest first. */
export function ActionGapChart({ actions }: { actions: ActionResult[] }) {
  const first = actions[0];
  const summary = first
    ? `Each action's gap (100 minus its score), largest first: the largest is "${actionText(first.actionId)}" at ${formatScore(first.gap)}.`
    : 'No action has a score yet.';
  return (
    <ChartFrame
      id="action-gaps"
      title="Gaps in every action, weakest first"
      summary={summary}
      chart={
        <HorizontalBars
          axisLabel="Gap (0 = fully done, 100 = not at all)"
          rows={actions.map((a) => ({
            label: actionText(a.actionId),
            value: a.gap!,
            valueLabel: formatScore(a.gap),
          }))}
        />
      }
      table={
        <DataTable
          caption="Gap in each action (100 minus its score)"
          columns={[
            { label: 'Action' },
            { label: 'Section' },
            { label: 'Score', numeric: true },
            { label: 'Gap', numeric: true },
          ]}
          rows={actions.map((a) => ({
            key: a.actionId,
            header: actionText(a.actionId),
            cells: [sectionOf(a.sectionId).title, formatScore(a.score), formatScore(a.gap)],
          }))}
        />
      }
    />
  );
}
