import { Link } from 'react-router';
import { answerLabel } from '../../domain/answerLabel';
import { PageHeading } from '../../components/PageHeading';
import { RenderLater } from '../../components/RenderLater';
import { paths } from '../../components/paths';
import { useAssessmentStore } from '../../state/assessmentStore';
import { SectionScoresChart } from '../../components/results/SectionScoresChart';
import { StandingChart } from '../../components/results/StandingChart';
import { usePersonalView } from '../../components/results/usePersonalView';
import { WeakAreaCard } from '../../components/results/WeakAreaCard';
import { checklistIndex } from '../../domain/content/contentIndex';
import { checklistContent } from '../../domain/content/load';
import { researchContent } from '../../domain/content/research';
import { ActionGapChart } from './ActionGapChart';
import { StrengthsList } from './StrengthsList';
import { CompareLinks } from './CompareLinks';
import { SinceLastRound } from '../history/SinceLastRound';
import { ResultsVerdict } from './ResultsVerdict';

export function ResultsPage() {
  const assessment = useAssessmentStore((s) => s.assessment);
  const view = usePersonalView(assessment.answers);
  const { result, weak, strengths, standings, behaviours, byGap } = view;
  const answered = result.total - result.notSure - result.unanswered;

  if (answered === 0) {
    return (
      <>
        <PageHeading title="Your results" />
        <p>
          You have not given an answer on the scale to any question yet, so there is nothing to
          score.
        </p>
        <p>
          <Link to={paths.home.href()}>Go to the start page</Link>
        </p>
      </>
    );
  }

  const notScored = result.actions.filter((a) => a.status !== 'answered');

  return (
    <>
      <PageHeading title="Your results" />
      <ResultsVerdict view={view} />
      {/* The overall score is in the verdict, with what it stands for: shown once. */}
      <div className="stats">
        <p className="stat">
          <span className="value">
            {result.coverage} of {result.total}
          </span>
          <span className="label">actions done to a large extent or fully</span>
        </p>
      </div>

      <div className="inset">
        <p>
          <strong>What the research found:</strong> {researchContent.findings.headline.text}
        </p>
      </div>

      {notScored.length > 0 && (
        <div className="notice" role="note">
          <p>
            {notScored.length} {notScored.length === 1 ? 'action is' : 'actions are'} left out of
            your scores because you answered "Not sure" or did not answer:
          </p>
          <ul>
            {notScored.map((a) => (
              <li key={a.actionId}>
                {checklistIndex.actionText(a.actionId)} (
                {a.status === 'not-sure' ? 'not sure' : 'not answered'})
              </li>
            ))}
          </ul>
        </div>
      )}

      <SinceLastRound />

      {/* Above: the first screen, painted first. Each RenderLater follows just after. */}
      <RenderLater>
        <SectionScoresChart subject="your" sections={result.sections} />
      </RenderLater>

      <h2 id="weakest">
        Your{' '}
        {weak.length === 1
          ? 'weakest area'
          : weak.length === 0
            ? 'weakest areas'
            : `${weak.length} weakest areas`}
      </h2>
      {weak.length === 0 ? (
        <p>
          You did not answer any action at "To some extent" or below, so there are no weak areas to
          show.
        </p>
      ) : (
        <>
          <p>
            The actions with the biggest gaps, with what other council leaders said, the Audit
            Commission's recommendations and examples from other councils.
          </p>
          {weak.map((area, i) => (
            <RenderLater key={area.actionId}>
              <WeakAreaCard subject="your" area={area} rank={i + 1}>
                <p>
                  Your answer:{' '}
                  <strong>
                    {answerLabel(checklistContent.scale, assessment.answers[area.actionId])}
                  </strong>
                </p>
                {assessment.notes[area.actionId]?.trim() && (
                  <p className="summary-note">Your note: {assessment.notes[area.actionId]}</p>
                )}
              </WeakAreaCard>
            </RenderLater>
          ))}
        </>
      )}

      <RenderLater>
        {byGap.length > 0 && <ActionGapChart actions={byGap} />}
        {standings.some((s) => s.score !== null) && (
          <StandingChart subject="your" standings={standings} />
        )}
        {behaviours.some((s) => s.score !== null) && (
          <StandingChart subject="your" standings={behaviours} of="behaviours" />
        )}
      </RenderLater>

      <h2>Your strengths</h2>
      <RenderLater>
        <StrengthsList strengths={strengths} />
      </RenderLater>

      <CompareLinks />

      <div className="button-group no-print">
        <Link to={paths.plan.href()} className="button">
          Plan your next steps
        </Link>
        <Link to={paths.check.href()} className="button secondary">
          Check or change your answers
        </Link>
        <Link to={paths.yourData.href()}>Save, move and compare</Link>
        <Link to={paths.share.href()}>Share your answers with a workshop</Link>
        <Link to={paths.besideSector.href()}>Set your results beside the sector</Link>
      </div>
    </>
  );
}
