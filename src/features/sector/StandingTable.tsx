import { ScrollArea } from '../../components/ScrollArea';
import { DataTable } from '../../components/DataTable';
import { formatScore } from '../../domain/display';
import {
  quarterInWords,
  type SectorStanding,
  type StandingRow,
} from '../../domain/sector/standing';
import { actionText, sectionTitle } from './sectorContent';

interface Props {
  standing: SectorStanding;
  /** "This group", "You": the name of the score column. */
  who: string;
}

/** One set of scores beside the sector's median and range, with where each stands in words. */
export function StandingTable({ standing, who }: Props) {
  const cells = (r: StandingRow) => [
    formatScore(r.score),
    formatScore(r.groups.median),
    `${formatScore(r.groups.min)}–${formatScore(r.groups.max)}`,
    quarterInWords(r.quarter, standing.groups),
  ];
  return (
    <ScrollArea label={`${who} beside the sector`}>
      <DataTable
        caption={`${who} beside the sector's ${standing.groups} groups, scores out of 100`}
        columns={[
          { label: 'Section or action' },
          { label: who, numeric: true },
          { label: 'Median group', numeric: true },
          { label: 'Lowest–highest group', numeric: true },
          { label: 'Where it stands' },
        ]}
        rows={[
          { key: 'overall', header: 'Overall', cells: cells(standing.overall) },
          ...standing.sections.map((s) => ({
            key: s.id,
            header: <strong>{sectionTitle(s.id)}</strong>,
            cells: cells(s),
          })),
          ...standing.actions.map((a) => ({
            key: a.id,
            header: actionText(a.id),
            cells: cells(a),
          })),
        ]}
      />
    </ScrollArea>
  );
}

/** One sentence for the overall standing: "Overall 34: in the lower quarter of the 24 groups." */
export const overallInWords = (standing: SectorStanding, who: string) =>
  standing.overall.score === null
    ? `${who} have no overall score to compare.`
    : `${who}: overall ${formatScore(standing.overall.score)}, ${quarterInWords(standing.overall.quarter, standing.groups)} (the median group scores ${formatScore(standing.overall.groups.median)}).`;
