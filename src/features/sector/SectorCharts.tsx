import { ChartFrame } from '../../components/ChartFrame';
import { ScoreBars, type BarRow } from '../../components/charts/ScoreBars';
import { formatScore } from '../../domain/display';
import type { Distribution } from '../../domain/sector/quantiles';
import type { SectorView } from '../../domain/sector/sectorView';
import { useContent } from '../../components/content/ContentContext';
import { SectionsTable, SpreadTable } from './SectorTables';
import { medianAndRange } from './words';

/** The key's name for the line through each bar: the sector's groups, never its members. */
export const GROUP_RANGE = 'lowest to highest group';
const AXIS = 'Median group, score out of 100';

/** One bar: the median group, with the lowest to highest group as a line through it. */
export const medianBar = (label: string, d: Distribution): BarRow => ({
  label,
  value: d.median,
  valueLabel: d.median === null ? 'No score' : formatScore(d.median),
  range: d.min === null || d.max === null ? null : [d.min, d.max],
});

/** The headline chart: each section's median group and the range of the groups, then overall. */
export function SectionsChart({ view }: { view: SectorView }) {
  const { index } = useContent();
  const lowest = view.lowestSection;
  const summary = lowest
    ? `The median group scores lowest on “${index.sectionOf(lowest.sectionId).title}” (${formatScore(lowest.groups.median)}) and ${medianAndRange(view.overall.groups)} overall.`
    : 'No group has a score in any section yet.';
  return (
    <ChartFrame
      id="sector-sections"
      headingLevel={3}
      title="Each section: the median group, and the lowest to highest group"
      summary={summary}
      chart={
        <ScoreBars
          axisLabel={AXIS}
          rangeLabel={GROUP_RANGE}
          rows={[
            ...view.sections.map((s) => medianBar(index.sectionOf(s.sectionId).title, s.groups)),
            medianBar('Overall', view.overall.groups),
          ]}
        />
      }
      table={<SectionsTable view={view} />}
    />
  );
}

/** The actions where councils differ most, then those where they agree: how far apart the groups are. */
export function SpreadChart({ view }: { view: SectorView }) {
  const { index } = useContent();
  const actions = [...view.differ, ...view.agree];
  if (actions.length === 0) return null;
  const first = view.differ[0] ?? view.agree[0]!;
  const summary = `${view.differ[0] ? 'Councils differ most on' : 'Councils agree most on'} “${index.actionText(first.actionId)}”, where group scores run from ${formatScore(first.groups.min)} to ${formatScore(first.groups.max)}.`;
  return (
    <ChartFrame
      id="sector-spread"
      headingLevel={3}
      title="How far apart the groups are, action by action"
      summary={summary}
      chart={
        <ScoreBars
          axisLabel={AXIS}
          rangeLabel={GROUP_RANGE}
          rows={actions.map((a) => medianBar(index.actionText(a.actionId), a.groups))}
        />
      }
      table={<SpreadTable actions={actions} />}
    />
  );
}
