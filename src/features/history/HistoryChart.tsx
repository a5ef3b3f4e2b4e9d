import { changeOf, describeChange } from '../../domain/scoring/compare';
import { useContent } from '../../components/content/ContentContext';
import type { RoundScores } from '../../domain/history/series';
import { formatScore } from '../../domain/display';
import { ChartFrame } from '../../components/ChartFrame';
import { DataTable } from '../../components/DataTable';
import { ScoreLines } from '../../components/charts/ScoreLines';
import { roundDate, shortRoundDate } from '../../domain/display';

const HEIGHT = 380;

const pointName = (r: RoundScores) => (r.label === 'Now' ? 'Now' : roundDate(r.date));

/** Overall and section scores across every round: line chart, one-sentence summary and table. */
export function HistoryChart({ scores }: { scores: RoundScores[] }) {
  const { checklist, scale } = useContent();
  const sectionTitles = checklist.sections.map((s) => s.title);
  const first = scores[0]!;
  const last = scores.at(-1)!;
  const change = describeChange(
    changeOf('overall', first.overall, last.overall),
    scale.notSure.label,
  );
  const summary = `Across ${scores.length} rounds, from ${roundDate(first.date)} to ${pointName(last) === 'Now' ? 'now' : roundDate(last.date)}, your overall score went from ${formatScore(first.overall)} to ${formatScore(last.overall)} (${change.toLowerCase()}).`;
  return (
    <ChartFrame
      id="history-scores"
      title="Your scores in each round"
      summary={summary}
      chart={
        <ScoreLines
          height={HEIGHT}
          points={scores.map((r) => (r.label === 'Now' ? 'Now' : shortRoundDate(r.date)))}
          lines={[
            { name: 'Overall', values: scores.map((r) => r.overall) },
            ...sectionTitles.map((title, i) => ({
              name: title,
              values: scores.map((r) => r.sections[i] ?? null),
            })),
          ]}
        />
      }
      table={
        <DataTable
          caption="Scores out of 100 in each round"
          columns={[
            { label: 'Round' },
            { label: 'Overall', numeric: true },
            ...sectionTitles.map((title) => ({ label: title, numeric: true })),
          ]}
          rows={scores.map((r) => ({
            key: r.id,
            header: pointName(r),
            cells: [formatScore(r.overall), ...r.sections.map((s) => formatScore(s))],
          }))}
        />
      }
    />
  );
}
