import { ChartFrame } from '../../components/ChartFrame';
import { ScoreBars, type BarRow } from '../../components/charts/ScoreBars';
import { formatScore } from '../../domain/display';
import type { SectorStanding, StandingRow } from '../../domain/sector/standing';
import { GROUP_RANGE } from './SectorCharts';
import { useContent } from '../../components/content/ContentContext';
import { overallInWords, StandingTable } from './StandingTable';

interface Props {
  id: string;
  standing: SectorStanding;
  /** "You", "“Anytown cabinet”": whose scores are set beside the sector. */
  who: string;
  headingLevel: 2 | 3;
}

const words = (v: number | null) => (v === null ? 'No score' : formatScore(v));

/** One row: their score solid, the median group hatched under it with the lowest to highest group. */
export const besideBar = (label: string, r: StandingRow): BarRow => ({
  label,
  value: r.score,
  valueLabel: words(r.score),
  then: {
    value: r.groups.median,
    valueLabel: words(r.groups.median),
    range: r.groups.min === null || r.groups.max === null ? null : [r.groups.min, r.groups.max],
  },
});

/**
 * One set of scores beside the sector, drawn as a pair of bars per row: the solid bar is theirs, the
 * hatched bar under it the sector's median group, with the lowest to highest group through it. A pair
 * (not a marker) because the issue asks for their figures beside the sector's median and range: both
 * figures are bars of the same scale, each with its value written at the end of the row.
 */
export function BesideChart({ id, standing, who, headingLevel }: Props) {
  const { index } = useContent();
  return (
    <ChartFrame
      id={id}
      headingLevel={headingLevel}
      title={`${who} beside the sector, section by section`}
      summary={overallInWords(standing, who)}
      chart={
        <ScoreBars
          axisLabel="Score out of 100"
          pair={{ now: who, then: `The median group of ${standing.groups}` }}
          rangeLabel={GROUP_RANGE}
          rows={[
            ...standing.sections.map((s) => besideBar(index.sectionOf(s.id).title, s)),
            besideBar('Overall', standing.overall),
          ]}
        />
      }
      table={
        <StandingTable
          who={who}
          groups={standing.groups}
          rowsAre="Section"
          rows={[
            { key: 'overall', header: 'Overall', row: standing.overall },
            ...standing.sections.map((s) => ({
              key: s.id,
              header: index.sectionOf(s.id).title,
              row: s,
            })),
          ]}
        />
      }
    />
  );
}
