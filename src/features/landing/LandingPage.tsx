import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { hasStarted, isComplete, resumePoint } from '../../domain/assessment/assessment';
import { useContent } from '../../components/content/ContentContext';
import { ConfirmPanel } from '../../components/ConfirmPanel';
import { DefinitionOfInnovation } from '../../components/DefinitionOfInnovation';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../routing/paths';
import { useAssessmentStore } from '../../state/assessmentStore';
import { HistoryLink } from './HistoryLink';
import { NewRoundPanel } from './NewRoundPanel';
import { StartButtons } from './StartButtons';
import { PassedPlanDates } from './PassedPlanDates';

export function LandingPage() {
  const { checklist } = useContent();
  const assessment = useAssessmentStore((s) => s.assessment);
  const reset = useAssessmentStore((s) => s.reset);
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const started = hasStarted(assessment);
  const resume = resumePoint(checklist, assessment);
  const actionCount = checklist.sections.reduce((n, s) => n + s.actions.length, 0);

  return (
    <>
      <PageHeading title={checklist.title} caption="Self-assessment" />
      <p className="lead">
        Answer the leaflet's {actionCount} questions about how you lead for innovation, see where
        you are strong and where the gaps are against the research behind it, and read what other
        council leaders said about the areas you find hardest.
      </p>
      <ul>
        <li>For council leaders and cabinet members, on your own or before a cabinet workshop.</li>
        <li>It takes about ten minutes. You can stop at any time and come back.</li>
        <li>Your answers stay on this device. Nothing is sent anywhere.</li>
      </ul>

      <StartButtons
        started={started}
        complete={resume === 'check'}
        onContinue={() =>
          navigate(resume === 'check' ? paths.check.href() : paths.section.href(resume.sectionId))
        }
        onNextRound={() => setConfirming(true)}
        onClear={() => setConfirming(true)}
      />

      <PassedPlanDates />

      <HistoryLink />

      {confirming && isComplete(checklist, assessment) && (
        <NewRoundPanel onCancel={() => setConfirming(false)} />
      )}
      {confirming && !isComplete(checklist, assessment) && (
        <ConfirmPanel
          id="confirm"
          headingLevel={2}
          title="Clear your answers?"
          confirmLabel="Yes, delete these answers"
          cancelLabel="No, keep my answers"
          onConfirm={() => {
            reset();
            navigate(paths.aboutYou.href());
          }}
          onCancel={() => setConfirming(false)}
        >
          <p>
            This deletes the answers and notes of this round from this device. You cannot undo this.
            Rounds kept in your history stay.
          </p>
        </ConfirmPanel>
      )}

      <h2>Running a cabinet workshop?</h2>
      <p>
        Members answer privately, in turn on one device or each on their own, and the group sees
        where it agrees and where it disagrees.{' '}
        <Link to={paths.workshops.href()}>Set up a workshop</Link>
      </p>

      <DefinitionOfInnovation />

      <h2>What you will be asked</h2>
      <p>The leaflet's four sections, one page each:</p>
      <ol>
        {checklist.sections.map((section) => (
          <li key={section.id}>
            {section.title} ({section.actions.length} actions)
          </li>
        ))}
      </ol>
      <p>
        <Link to={paths.aboutResearch.href()}>About the research behind the leaflet</Link>
      </p>
    </>
  );
}
