import type { FindingStanding } from '../../domain/scoring/findings';
import { lowestAndHighest } from '../../domain/scoring/extremes';
import { capitalise, formatScore } from '../../domain/scoring/format';
import { checklistIndex } from '../../domain/content/contentIndex';
import { ChartFrame } from '../ChartFrame';
import { DataTable } from '../DataTable';
import { HorizontalBars } from '../charts/HorizontalBars';
import { scoreName, whose, type Subject } from './subject';

interface Props {
  subject: Subject;
  standings: FindingStanding[];
}

/** Standing on the research's five most important areas for further action: a leader's or a group's. */
export function StandingChart({ subject, standings }: Props) {
  const weakest = lowestAndHighest(standings).lowest;
  const summary = weakest
    ? `${whose(subject)} score on each of the five areas the research found most important for further action; the lowest is "${weakest.text}" at ${formatScore(weakest.score)}.`
    : 'None of the five areas the research found most important has a score yet.';
  return (
    <ChartFrame
      id={subject === 'your' ? 'finding-standing' : 'group-standing'}
      title="The research's most important areas for further action"
      summary={summary}
      chart={
        <HorizontalBars
          axisLabel={`${scoreName(subject)} (0–100)`}
          rows={standings.map((s) => ({
            label: capitalise(s.text),
            value: s.score,
            valueLabel: s.score === null ? 'no score' : formatScore(s.score),
          }))}
        />
      }
      table={
        <DataTable
          caption={`${whose(subject)} score on each area for further action`}
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
              s.actionIds.map(checklistIndex.actionText).join('; '),
              s.score === null ? 'No score' : formatScore(s.score),
              formatScore(s.gap),
            ],
          }))}
        />
      }
    />
  );
}
