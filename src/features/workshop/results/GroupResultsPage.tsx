import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { paths } from '../../../components/paths';
import { SectionScoresChart } from '../../../components/results/SectionScoresChart';
import { StandingChart } from '../../../components/results/StandingChart';
import { WeakAreaCard } from '../../../components/results/WeakAreaCard';
import { formatScore } from '../../../domain/scoring/format';
import { answerRange } from '../../../domain/workshop/format';
import { downloadCsv } from '../exports';
import { useCurrentWorkshop } from '../useCurrentWorkshop';
import { findings, scale, useGroupView } from '../workshopContent';
import { ActionDistribution } from './ActionDistribution';
import { DisagreementCard } from './DisagreementCard';
import { ResultsHidden } from './ResultsHidden';

export function GroupResultsPage() {
  const workshop = useCurrentWorkshop();
  if (!workshop.revealed) return <ResultsHidden workshop={workshop} title="Group results" />;
  return <RevealedResults />;
}

function RevealedResults() {
  const workshop = useCurrentWorkshop();
  const { group, byGap, disagreements, weak, standings } = useGroupView(workshop);
  const { overall } = group;

  return (
    <>
      <Link to={paths.workshop(workshop.id)} className="back-link">
        Back to the workshop
      </Link>
      <PageHeading title="Group results" caption={workshop.title} />
      {group.participants === 0 ? (
        <p>No one has answered yet, so there is nothing to show.</p>
      ) : (
        <>
          <div className="stats">
            <p className="stat">
              <span className="value">{formatScore(overall.score)}</span>
              <span className="label">
                group score out of 100 (participants from {formatScore(overall.min)} to{' '}
                {formatScore(overall.max)})
              </span>
            </p>
            <p className="stat">
              <span className="value">{group.participants}</span>
              <span className="label">
                {group.participants === 1 ? 'participant' : 'participants'} answered
              </span>
            </p>
            <p className="stat">
              <span className="value">{disagreements.length}</span>
              <span className="label">
                {disagreements.length === 1 ? 'action' : 'actions'} where the group disagrees
              </span>
            </p>
          </div>
          <div className="button-group">
            <Link to={paths.workshopPresent(workshop.id)} className="button">
              Present the results
            </Link>
            <Link to={paths.workshopSummary(workshop.id)} className="button secondary">
              Print the group summary
            </Link>
            <button
              type="button"
              className="button secondary"
              onClick={() => downloadCsv(workshop)}
            >
              Download the answers (CSV)
            </button>
          </div>
          <div className="inset">
            <p>
              <strong>What the research found:</strong> {findings.headline.text}
            </p>
          </div>

          <SectionScoresChart subject="the group's" sections={group.sections} />

          <h2 id="disagreements">Where the group disagrees</h2>
          {disagreements.length === 0 ? (
            <p>
              The group's answers are never more than one point apart: there is no disagreement.
            </p>
          ) : (
            <>
              <p>
                The actions where answers are two or more points apart on the scale, widest first.
                Each is a prompt for discussion.
              </p>
              {disagreements.map((d, i) => (
                <DisagreementCard key={d.actionId} action={d} rank={i + 1} />
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
                <WeakAreaCard key={area.actionId} subject="the group's" area={area} rank={i + 1}>
                  <p>
                    Group score <strong>{formatScore(area.score)}</strong>;{' '}
                    {answerRange(scale, area.min, area.max)}.
                  </p>
                </WeakAreaCard>
              ))}
            </>
          )}

          <StandingChart subject="the group's" standings={standings} />

          <h2 id="every-action">Every action, largest gap first</h2>
          <p>Each dot is one participant. The dashed line marks the group's average.</p>
          <div className="distribution-grid">
            {byGap.map((action) => (
              <ActionDistribution key={action.actionId} action={action} />
            ))}
          </div>
        </>
      )}
    </>
  );
}
