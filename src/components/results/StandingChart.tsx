import type { FindingStanding } from '../../domain/scoring/findings';
import { lowestAndHighest } from '../../domain/scoring/extremes';
import { formatScore } from '../../domain/display';
import { useContent } from '../content/ContentContext';
import { ChartFrame } from '../ChartFrame';
import { DataTable } from '../DataTable';
import { ScoreBars } from '../charts/ScoreBars';
import { standingBars, standingLabel as label } from './standingBars';
import { scoreName, whose, type Subject } from './subject';

/** Which findings the bars stand for: the leaflet's five areas, or para 16's seven behaviours. */
export type StandingKind = 'areas' | 'behaviours';

interface Props {
  subject: Subject;
  standings: FindingStanding[];
  of?: StandingKind;
  headingLevel?: 2 | 3;
}

const WORDS = {
  areas: {
    ids: { your: 'finding-standing', group: 'group-standing' },
    title: "The research's most important areas for further action",
    what: 'each of the five areas the research found most important for further action',
    none: 'None of the five areas the research found most important has a score yet.',
    row: 'Area for further action',
    caption: 'on each area for further action',
  },
  behaviours: {
    ids: { your: 'your-behaviours', group: 'group-behaviours' },
    title: 'What leaders in councils achieving more innovations do',
    what: 'each thing the research found leaders in councils achieving more innovations do (Creative Councils update, paragraph 16), the mean of its checklist actions',
    none: 'None of the seven things leaders in councils achieving more innovations do has a score yet.',
    row: 'What those leaders do',
    caption: 'on what leaders in councils achieving more innovations do',
  },
} as const;

/**
 * Standing on the research's findings, a leader's or a group's: the five most important areas for further
 * action, or what leaders in councils achieving more innovations do. Each bar is the mean of its actions.
 */
export function StandingChart({ subject, standings, of = 'areas', headingLevel }: Props) {
  const { actionText } = useContent().index;
  const words = WORDS[of];
  const weakest = lowestAndHighest(standings).lowest;
  const summary = weakest
    ? `${whose(subject)} score on ${words.what}; the lowest is "${label(weakest)}" at ${formatScore(weakest.score)}.`
    : words.none;
  return (
    <ChartFrame
      id={words.ids[subject === 'your' ? 'your' : 'group']}
      title={words.title}
      headingLevel={headingLevel}
      summary={summary}
      chart={
        <ScoreBars axisLabel={`${scoreName(subject)} (0–100)`} rows={standingBars(standings)} />
      }
      table={
        <DataTable
          caption={`${whose(subject)} score ${words.caption}`}
          columns={[
            { label: words.row },
            { label: 'Checklist actions it averages' },
            { label: 'Score', numeric: true },
            { label: 'Gap', numeric: true },
          ]}
          rows={standings.map((s) => ({
            key: s.findingId,
            header: label(s),
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
