import { ChartFrame } from '../../components/ChartFrame';
import { ScoreBars } from '../../components/charts/ScoreBars';
import { quartersInWords, type SectorStanding } from '../../domain/sector/standing';
import { besideBar } from './BesideChart';
import { GROUP_RANGE } from './SectorCharts';
import { useContent } from '../../components/content/ContentContext';
import { StandingTable } from './StandingTable';

interface Props {
  id: string;
  standing: SectorStanding;
  /** "You", "“Anytown cabinet”": whose scores are set beside the sector. */
  who: string;
  headingLevel: 2 | 3;
}

/**
 * The same comparison action by action: one chart for each section, listing its actions in leaflet
 * order (never by score), each with their score beside the sector's median group and range.
 */
export function BesideActionCharts({ id, standing, who, headingLevel }: Props) {
  const { checklist, index } = useContent();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const byId = new Map(standing.actions.map((a) => [a.id, a]));
  return (
    <section aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{who} beside the sector, action by action</Heading>
      {checklist.sections.map((section) => {
        const rows = section.actions.flatMap((a) => {
          const row = byId.get(a.id);
          return row ? [{ key: a.id, header: index.actionText(a.id), row }] : [];
        });
        return (
          <ChartFrame
            key={section.id}
            id={`${id}-${section.id}`}
            headingLevel={headingLevel === 2 ? 3 : 4}
            title={section.title}
            summary={`${who} on this section's ${rows.length} actions: ${quartersInWords(
              rows.map((r) => r.row),
              standing.groups,
            )}.`}
            chart={
              <ScoreBars
                axisLabel="Score out of 100"
                pair={{ now: who, then: `The median group of ${standing.groups}` }}
                rangeLabel={GROUP_RANGE}
                rows={rows.map((r) => besideBar(r.header, r.row))}
              />
            }
            table={
              <StandingTable
                who={who}
                groups={standing.groups}
                rowsAre="Action"
                of={` on “${section.title}”`}
                rows={rows}
              />
            }
          />
        );
      })}
    </section>
  );
}
