import { ChartFrame } from '../../../components/ChartFrame';
import { DataTable } from '../../../components/DataTable';
import { lowestAndHighest } from '../../../domain/scoring/extremes';
import { HorizontalBars } from '../../../components/charts/HorizontalBars';
import type { FindingStanding } from '../../../domain/scoring/findings';
import { capitalise, formatScore } from '../../../domain/scoring/format';
import { actionText } from '../workshopContent';

/** The group's standing on the research's five most important areas for further action. */
export function GroupStandingChart({ standings }: { standings: FindingStanding[] }) {
  const weakest = lowestAndHighest(standings).lowest;
  const summary = weakest
    ? `The group's score on each of the five areas the research found most important for further action; the lowest is "${weakest.text}" at ${formatScore(weakest.score)}.`
    : 'None of the five areas the research found most important has a score yet.';
  return (
    <ChartFrame
      id="group-standing"
      title="The research's most important areas for further action"
      summary={summary}
      chart={
        <HorizontalBars
          axisLabel="Group score (0–100)"
          rows={standings.map((s) => ({
            label: capitalise(s.text),
            value: s.score ?? 0,
            valueLabel: s.score === null ? 'no score' : formatScore(s.score),
          }))}
        />
      }
      table={
        <DataTable
          caption="The group's score on each area for further action"
          columns={[
            { label: 'Area for further action' },
            { label: 'Checklist actions' },
            { label: 'Score', numeric: true },
            { label: 'Gap', numeric: true },
          ]}
          rows={standings.map((s) => ({
            key: s.findingId,
            header: capitalise(s.text),
            cells: [
              s.actionIds.map(actionText).join('; '),
              s.score === null ? 'No score' : formatScore(s.score),
              formatScore(s.gap),
            ],
          }))}
        />
      }
    />
  );
}
