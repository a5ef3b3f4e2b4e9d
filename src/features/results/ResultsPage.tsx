import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../routing/paths';
import { useResultsContent } from '../../components/content/useResearch';
import { usePersonalReport } from '../../state/personalReport';
import { SinceLastRound } from '../../components/history/SinceLastRound';
import { MoreResults } from './MoreResults';
import { ResultsVerdict } from './ResultsVerdict';
import { WeakestAreas } from './WeakestAreas';
import './results-page.css';

/**
 * A leader's results, read in two screens (issue 25, item 7): how am I doing (the verdict), where to
 * work first (the three weakest areas, each with its one most direct item of research), and what
 * next (the plan). Everything else is one click away under "More about your results".
 */
export function ResultsPage() {
  const content = useResultsContent();
  // Worked out once here, from the content and what is saved; each part below is given its piece.
  const report = usePersonalReport(content);
  const { view } = report;
  const { result, weak } = view;
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
      <WeakestAreas weak={weak} />
      <div className="button-group no-print">
        <Link to={paths.plan.href()} className="button">
          Plan your next steps
        </Link>
        <Link to={paths.check.href()} className="button secondary">
          Check or change your answers
        </Link>
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
                {content.index.actionText(a.actionId)} (
                {a.status === 'not-sure' ? 'not sure' : 'not answered'})
              </li>
            ))}
          </ul>
        </div>
      )}

      <SinceLastRound since={report.since} previous={report.last.previous} />
      <MoreResults view={view} />

      <div className="button-group no-print">
        <Link to={paths.plan.href()} className="button">
          Plan your next steps
        </Link>
        <Link to={paths.yourData.href()}>Save, move and compare</Link>
        <Link to={paths.share.href()}>Share your answers with a workshop</Link>
        <Link to={paths.besideSector.href()}>Set your results beside the sector</Link>
      </div>
    </>
  );
}
