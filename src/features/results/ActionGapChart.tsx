import type { ActionResult } from '../../domain/scoring/score';
import { formatScore } from '../../domain/display';
import { ChartFrame } from '../../components/ChartFrame';
import { DataTable } from '../../components/DataTable';
import { ScoreBars } from '../../components/charts/ScoreBars';
import { useContent } from '../../components/content/ContentContext';

/**
 * All scored actions, weakest first. The bars show the score, like every other bar chart in the app
 * (longer is better); the gap is in the table.
 */
export function ActionGapChart({
  actions,
  headingLevel,
}: {
  actions: ActionResult[];
  headingLevel?: 2 | 3;
}) {
  const { actionText, sectionOf } = useContent().index;
  const first = actions[0];
  const summary = first
    ? `Your score on each action, lowest first: the lowest is "${actionText(first.actionId)}" at ${formatScore(first.score)}.`
    : 'No action has a score yet.';
  return (
    <ChartFrame
      id="action-gaps"
      headingLevel={headingLevel}
      title="Your score on every action, weakest first"
      summary={summary}
      chart={
        <ScoreBars
          axisLabel="Score out of 100 (0 = not at all, 100 = fully)"
          rows={actions.map((a) => ({
            label: actionText(a.actionId),
            value: a.score,
            valueLabel: formatScore(a.score),
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
