import { useState } from 'react';
import { Link } from 'react-router';
import { OpenToRender } from '../../../components/OpenToRender';
import { PageHeading } from '../../../components/PageHeading';
import { RenderLater } from '../../../components/RenderLater';
import { paths } from '../../../routing/paths';
import { SectionScoresChart } from '../../../components/results/SectionScoresChart';
import { StandingChart } from '../../../components/results/StandingChart';
import { WeakAreaCard } from '../../../components/results/WeakAreaCard';
import { answerRange, formatScore } from '../../../domain/display';
import { SPLIT_RULE } from '../../../domain/group/split';
import { downloadCsv } from '../shared/exports';
import { useCurrentWorkshop } from '../shared/useCurrentWorkshop';
import { GroupSinceEarlier } from './GroupSinceEarlier';
import { useResultsContent } from '../../../components/content/useResearch';
import { useGroupReport } from '../shared/useGroupReport';
import { ActionDistribution } from './ActionDistribution';
import { DisagreementCard } from './DisagreementCard';
import { GroupVerdict } from './GroupVerdict';
import { OutlierList } from './OutlierList';
import { RevealGate } from '../shared/RevealGate';

export function GroupResultsPage() {
  const workshop = useCurrentWorkshop();
  return (
    <RevealGate workshop={workshop} title="Group results">
      <RevealedResults />
    </RevealGate>
  );
}

function RevealedResults() {
  const workshop = useCurrentWorkshop();
  const content = useResultsContent();
  const { findings, scale } = content;
  const report = useGroupReport(workshop);
  const { group, byGap, disagreements, splitCount, outliers, weak, standings, behaviours } = report;
  const [csvFailed, setCsvFailed] = useState(false);

  return (
    <>
      <Link to={paths.workshop.href(workshop.id)} className="back-link">
        Back to the workshop
      </Link>
      <PageHeading title="Group results" caption={workshop.title} />
      {group.participants === 0 ? (
        <p>No one has answered yet, so there is nothing to show.</p>
      ) : (
        <>
          <GroupVerdict view={report} />
          <div className="button-group">
            <Link to={paths.workshopPresent.href(workshop.id)} className="button">
              Present the results
            </Link>
            <Link to={paths.workshopSummary.href(workshop.id)} className="button secondary">
              Print the group summary
            </Link>
            <button
              type="button"
              className="button secondary"
              onClick={() => void downloadCsv(workshop, content).catch(() => setCsvFailed(true))}
            >
              Download the answers (CSV)
            </button>
            <Link to={paths.besideSector.href()}>Set the group beside the sector</Link>
          </div>
          {csvFailed && (
            <p className="notice error" role="alert">
              The spreadsheet could not be made: reload the page and try again. Nothing has changed.
            </p>
          )}

          {report.since && <GroupSinceEarlier workshopId={workshop.id} since={report.since} />}

          <h2 id="disagreements">Where the group is split</h2>
          <p>{SPLIT_RULE}</p>
          {disagreements.length === 0 ? (
            <p>The group is not split on any action.</p>
          ) : (
            <>
              <p>
                {splitCount > disagreements.length
                  ? `The ${disagreements.length} most split of the ${splitCount} actions, most split first. `
                  : 'Most split first. '}
                Each is a prompt for discussion.
              </p>
              {/* Above: the first screen, painted first. Every RenderLater follows just after. */}
              {disagreements.map((d, i) => (
                <RenderLater key={d.actionId}>
                  <DisagreementCard action={d} rank={i + 1} />
                </RenderLater>
              ))}
            </>
          )}

          <h2 id="weakest">The group's weakest areas</h2>
          {weak.length === 0 ? (
            <p>
              No action has a group average of "To some extent" or below, so there are no weak areas
              to show.
            </p>
          ) : (
            <>
              <p>
                The actions with the biggest gaps for the group, with what other council leaders
                said, the Audit Commission's recommendations and examples from other councils.
              </p>
              {weak.map((area, i) => (
                <RenderLater key={area.actionId}>
                  <WeakAreaCard subject="the group's" area={area} rank={i + 1}>
                    <p>
                      Group score <strong>{formatScore(area.score)}</strong>;{' '}
                      {answerRange(scale, area.min, area.max)}.
                    </p>
                  </WeakAreaCard>
                </RenderLater>
              ))}
            </>
          )}

          <RenderLater>
            <OutlierList actions={outliers} />
            <div className="inset">
              <p>
                <strong>What the research found:</strong> {findings.headline.text}
              </p>
            </div>
          </RenderLater>
          <RenderLater>
            <SectionScoresChart subject="the group's" sections={group.sections} />
          </RenderLater>
          <RenderLater>
            <StandingChart subject="the group's" standings={standings} />
          </RenderLater>
          <RenderLater>
            <StandingChart subject="the group's" standings={behaviours} of="behaviours" />
          </RenderLater>

          <h2 id="every-action">Every action in detail</h2>
          <OpenToRender
            className="every-action"
            summary={`Show all ${byGap.length} actions, largest gap first`}
          >
            <p>Each dot is one participant. The dashed line marks the group's average.</p>
            <div className="distribution-grid">
              {byGap.map((action) => (
                <ActionDistribution key={action.actionId} action={action} />
              ))}
            </div>
          </OpenToRender>
        </>
      )}
    </>
  );
}
