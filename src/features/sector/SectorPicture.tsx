import { WeakAreaCard } from '../../components/results/WeakAreaCard';
import { formatScore } from '../../domain/display';
import { AGREE_WITHIN, type SectorAction, type SectorView } from '../../domain/sector/sectorView';
import { ReportWeakArea } from './ReportWeakArea';
import { useContent } from '../../components/content/ContentContext';
import { StandingChart } from '../../components/results/StandingChart';
import { SectionsChart, SpreadChart } from './SectorCharts';
import { ActionsTable } from './SectorTables';
import { fromTo, medianAndRange } from './words';

const range = (a: SectorAction) =>
  `group scores from ${formatScore(a.groups.min)} to ${formatScore(a.groups.max)}`;

/** The sector's figures in words and tables: never a list of councils, never a ranking of them. */
export function SectorPicture({ view, report = false }: { view: SectorView; report?: boolean }) {
  const { index } = useContent();
  const H = 'h2';
  const { figures } = view;
  return (
    <>
      <H id="picture-title">The sector at a glance</H>
      <p className="lead">
        {figures.groups} groups, {figures.participants} participants in all, with results made{' '}
        {figures.from === figures.to ? 'on' : 'from'} {fromTo(figures.from, figures.to)}. Overall,
        the median group scores {medianAndRange(figures.overall)} out of 100.
      </p>
      <SectionsChart view={view} />

      <H>The sector's weakest areas</H>
      {view.weak.length === 0 ? (
        <p>No action has a pooled average answer of “To some extent” or below.</p>
      ) : (
        <>
          <p>
            The actions where all the participants' answers together average “To some extent” or
            below, lowest first, with what other council leaders said, the Audit Commission's
            recommendations and examples from other councils.
          </p>
          {report &&
            view.weak.map((area, i) => (
              <ReportWeakArea key={area.actionId} area={area} rank={i + 1} />
            ))}
          {!report &&
            view.weak.map((area, i) => (
              <WeakAreaCard key={area.actionId} subject="the sector's" area={area} rank={i + 1}>
                <p>
                  Sector score <strong>{formatScore(area.score)}</strong> (all {area.n} answers
                  pooled). The median group scores {medianAndRange(area.groups)}.
                </p>
              </WeakAreaCard>
            ))}
        </>
      )}

      <H>Where councils differ, and where they agree</H>
      {view.differ.length > 0 ? (
        <>
          <p>
            Councils differ most where their group scores are furthest apart, highest minus lowest:
          </p>
          <ul>
            {view.differ.map((a) => (
              <li key={a.actionId}>
                {index.actionText(a.actionId)}: {range(a)}.
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>On every action the groups' scores are within {AGREE_WITHIN} points of each other.</p>
      )}
      {view.agree.length > 0 ? (
        <>
          <p>
            They agree most where every group's score is within {AGREE_WITHIN} points (one answer)
            of the others:
          </p>
          <ul>
            {view.agree.map((a) => (
              <li key={a.actionId}>
                {index.actionText(a.actionId)}: {range(a)}.
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>On no action are all the groups' scores within {AGREE_WITHIN} points of each other.</p>
      )}
      <SpreadChart view={view} />

      <StandingChart subject="the sector's" standings={view.standings} />
      <StandingChart subject="the sector's" standings={view.behaviours} of="behaviours" />
      <H>Every action</H>
      <ActionsTable view={view} withCounts={!report} />
    </>
  );
}
