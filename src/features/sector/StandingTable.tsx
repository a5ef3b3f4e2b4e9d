import type { ReactNode } from 'react';
import { ScrollArea } from '../../components/ScrollArea';
import { DataTable } from '../../components/DataTable';
import { formatScore } from '../../domain/display';
import {
  quarterInWords,
  type SectorStanding,
  type StandingRow,
} from '../../domain/sector/standing';

interface Props {
  /** "This group", "You": the name of the score column. */
  who: string;
  groups: number;
  /** What the rows are: "Section" or "Action". */
  rowsAre: string;
  /** What the table is of, after "beside the sector's 4 groups". */
  of?: string;
  rows: { key: string; header: ReactNode; row: StandingRow }[];
}

/** Scores beside the sector's median and range, with where each stands in words. */
export function StandingTable({ who, groups, rowsAre, of = '', rows }: Props) {
  const cells = (r: StandingRow) => [
    formatScore(r.score),
    formatScore(r.groups.median),
    `${formatScore(r.groups.min)}–${formatScore(r.groups.max)}`,
    quarterInWords(r.quarter, groups),
  ];
  return (
    <ScrollArea label={`${who} beside the sector${of}`}>
      <DataTable
        caption={`${who} beside the sector's ${groups} groups${of}, scores out of 100`}
        columns={[
          { label: rowsAre },
          { label: who, numeric: true },
          { label: 'Median group', numeric: true },
          { label: 'Lowest–highest group', numeric: true },
          { label: 'Where it stands' },
        ]}
        rows={rows.map(({ key, header, row }) => ({ key, header, cells: cells(row) }))}
      />
    </ScrollArea>
  );
}

/** One sentence for the overall standing: "Overall 34: in the lower quarter of the 24 groups." */
export const overallInWords = (standing: SectorStanding, who: string) =>
  standing.overall.score === null
    ? `${who} have no overall score to compare.`
    : `${who}: overall ${formatScore(standing.overall.score)}, ${quarterInWords(standing.overall.quarter, standing.groups)} (the median group scores ${formatScore(standing.overall.groups.median)}).`;
