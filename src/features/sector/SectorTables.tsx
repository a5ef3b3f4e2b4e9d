import { ScrollArea } from '../../components/ScrollArea';
import { DataTable } from '../../components/DataTable';
import { formatScore } from '../../domain/display';
import type { SectorAction, SectorView } from '../../domain/sector/sectorView';
import { useContent } from '../../components/content/ContentContext';

const SPREAD_COLUMNS = [
  { label: 'All participants pooled', numeric: true },
  { label: 'Median group', numeric: true },
  { label: 'Lowest group', numeric: true },
  { label: 'Highest group', numeric: true },
];

/** Each section: the pooled score, the median group, and the lowest and highest group. */
export function SectionsTable({ view }: { view: SectorView }) {
  const { index } = useContent();
  return (
    <ScrollArea label="Scores out of 100 in each section">
      <DataTable
        caption="Scores out of 100 in each section"
        columns={[{ label: 'Section' }, ...SPREAD_COLUMNS]}
        rows={[
          ...view.sections.map((s) => ({
            key: s.sectionId,
            header: index.sectionOf(s.sectionId).title,
            cells: [s.score, s.groups.median, s.groups.min, s.groups.max].map(formatScore),
          })),
          {
            key: 'overall',
            header: 'Overall',
            cells: [
              view.overall.score,
              view.overall.groups.median,
              view.overall.groups.min,
              view.overall.groups.max,
            ].map(formatScore),
          },
        ]}
      />
    </ScrollArea>
  );
}

/** The actions where councils differ most and agree most: the median group, the range and the spread. */
export function SpreadTable({ actions }: { actions: SectorAction[] }) {
  const { index } = useContent();
  return (
    <DataTable
      caption="How far apart the groups are: scores out of 100"
      columns={[
        { label: 'Action' },
        ...SPREAD_COLUMNS.slice(1),
        { label: 'Highest minus lowest', numeric: true },
      ]}
      rows={actions.map((a) => ({
        key: a.actionId,
        header: index.actionText(a.actionId),
        cells: [a.groups.median, a.groups.min, a.groups.max, a.spread].map(formatScore),
      }))}
    />
  );
}

/** Every action in leaflet order, with how many gave each answer across all the groups. */
export function ActionsTable({ view, withCounts }: { view: SectorView; withCounts: boolean }) {
  const { checklist, index, scale } = useContent();
  const byId = new Map(view.actions.map((a) => [a.actionId, a]));
  return (
    <ScrollArea label="Every action">
      <DataTable
        caption={
          withCounts
            ? 'Every action: how many participants gave each answer, and scores out of 100'
            : 'Every action: scores out of 100'
        }
        columns={[
          { label: 'Action' },
          ...(withCounts ? scale.options.map((o) => ({ label: o.label, numeric: true })) : []),
          ...(withCounts ? [{ label: scale.notSure.label, numeric: true }] : []),
          ...SPREAD_COLUMNS,
        ]}
        rows={checklist.sections.flatMap((s) =>
          s.actions.map((action) => {
            const a = byId.get(action.id)!;
            return {
              key: a.actionId,
              header: index.actionText(a.actionId),
              cells: [
                ...(withCounts ? [...a.counts, a.notSure] : []),
                ...[a.score, a.groups.median, a.groups.min, a.groups.max].map(formatScore),
              ],
            };
          }),
        )}
      />
    </ScrollArea>
  );
}
