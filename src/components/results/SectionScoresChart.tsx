import type { ReactNode } from 'react';
import { lowestAndHighest } from '../../domain/scoring/extremes';
import { formatScore } from '../../domain/display';
import type { GroupSectionResult } from '../../domain/group/aggregate';
import type { AppContent } from '../../domain/content/appContent';
import { largeExtentLine } from '../../domain/scoring/reference';
import type { SectionResult } from '../../domain/scoring/score';
import { ChartFrame } from '../ChartFrame';
import { ScoreBars } from '../charts/ScoreBars';
import { sectionBars } from './sectionBars';
import { DataTable, type Column } from '../DataTable';
import { useContent } from '../content/ContentContext';

type Props = (
  | { subject: 'your'; sections: SectionResult[] }
  | { subject: "the group's"; sections: GroupSectionResult[] }
) & { headingLevel?: 2 | 3 };

interface Spec {
  summary: string;
  /** A reference line across every bar. */
  marker?: { value: number; label: string };
  columns: Column[];
  cells(index: number): ReactNode[];
}

const scoreCell = (s: { score: number | null }) =>
  s.score === null ? 'No score' : formatScore(s.score);
/** "<section title>" at <score>, the section named as the leaflet does. */
const atFor =
  ({ index }: AppContent) =>
  (s: { sectionId: string; score: number | null }) =>
    `"${index.sectionOf(s.sectionId).title}" at ${formatScore(s.score)}`;

function yourSpec(sections: SectionResult[], content: AppContent): Spec {
  const { lowest, highest } = lowestAndHighest(sections);
  // The scale's own point, named as such: the sources give no number for a comprehensive approach.
  const line = largeExtentLine(content.scale);
  const at = atFor(content);
  const against = `Your section scores, with a line at ${line.name}`;
  return {
    summary: !lowest
      ? 'No section has a score yet.'
      : lowest.score === highest!.score
        ? `${against}: every scored section is at ${formatScore(lowest.score)}.`
        : `${against}: highest ${at(highest!)}, lowest ${at(lowest)}.`,
    marker: { value: line.score, label: line.name },
    columns: [
      { label: 'Your score', numeric: true },
      { label: 'Gap', numeric: true },
      { label: 'Answered', numeric: true },
    ],
    cells: (i) => {
      const s = sections[i]!;
      return [scoreCell(s), formatScore(s.gap), `${s.answered} of ${s.total}`];
    },
  };
}

function groupSpec(sections: GroupSectionResult[], content: AppContent): Spec {
  const { lowest, highest } = lowestAndHighest(sections);
  const at = atFor(content);
  return {
    summary: !lowest
      ? 'No section has a score yet.'
      : `The group's mean score in each section, with the range from the lowest to the highest participant: highest mean ${at(highest!)}, lowest ${at(lowest)}.`,
    columns: [
      { label: 'Group mean', numeric: true },
      { label: 'Lowest', numeric: true },
      { label: 'Highest', numeric: true },
      { label: 'Participants with a score', numeric: true },
    ],
    cells: (i) => {
      const s = sections[i]!;
      return [scoreCell(s), formatScore(s.min), formatScore(s.max), s.n];
    },
  };
}

/**
 * Section scores as labelled bars with their summary and table: one leader's, marked against "To a
 * large extent" on every action (the scale's own point, never a research figure), or the group's mean
 * with its lowest and highest participant. Bars, not a radar: see
 * docs/decisions/001-section-scores-as-bars.md.
 */
export function SectionScoresChart(props: Props) {
  const content = useContent();
  const spec =
    props.subject === 'your'
      ? yourSpec(props.sections, content)
      : groupSpec(props.sections, content);
  const sections: readonly { sectionId: string }[] = props.sections;
  return (
    <ChartFrame
      id={props.subject === 'your' ? 'section-scores' : 'group-sections'}
      title={`${props.subject === 'your' ? 'Your' : "The group's"} score in each section`}
      summary={spec.summary}
      headingLevel={props.headingLevel}
      chart={
        <ScoreBars
          axisLabel="Score out of 100"
          marker={spec.marker}
          rows={sectionBars(props.sections, content.index)}
        />
      }
      table={
        <DataTable
          caption="Section scores out of 100"
          columns={[{ label: 'Section' }, ...spec.columns]}
          rows={sections.map((s, i) => ({
            key: s.sectionId,
            header: content.index.sectionOf(s.sectionId).title,
            cells: spec.cells(i),
          }))}
        />
      }
    />
  );
}
