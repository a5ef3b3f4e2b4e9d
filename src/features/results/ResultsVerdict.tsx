import { Link } from 'react-router';
import { paths } from '../../components/paths';
import { checklistContent } from '../../domain/content/load';
import { checklistIndex } from '../../domain/content/contentIndex';
import { formatScore, nearestAnswer } from '../../domain/display';
import type { PersonalView } from '../../domain/scoring/personalView';

const { scale, checklist } = checklistContent;
const { actionText } = checklistIndex;
/** How many weak areas the verdict names: enough to act on, few enough to read at a glance. */
const NAMED = 3;

/**
 * The first screen of the results: what the score means in the scale's own words, the few areas to
 * work on, and the next step. Everything else on the page is detail that follows.
 */
export function ResultsVerdict({ view }: { view: PersonalView }) {
  const { result, weak } = view;
  const answered = result.total - result.unanswered;
  const partial = result.unanswered > 0;
  const nearest = nearestAnswer(scale, result.overall);
  const firstGap = checklist.sections.find((s) =>
    result.actions.some((a) => a.sectionId === s.id && a.status === 'unanswered'),
  );
  const named = weak.slice(0, NAMED);
  return (
    <div className="verdict">
      {partial && (
        <div className="notice" role="note" aria-label="How much you have answered">
          <p>
            <strong>
              You have answered {answered} of {result.total} actions
            </strong>
            , so these results are a first picture, not your final score.{' '}
            {firstGap && (
              <Link to={paths.section.href(firstGap.id)}>Continue answering: {firstGap.title}</Link>
            )}
          </p>
        </div>
      )}
      <p className="lead">
        {partial ? 'So far, your' : 'Your'} overall score is{' '}
        <strong>{formatScore(result.overall)} out of 100</strong>
        {nearest && <>: on average, you answered “{nearest}”</>}. A score of 100 would mean “
        {scale.options.at(-1)!.label}” on every action.
      </p>
      {named.length > 0 ? (
        <>
          {/* Named as the weak areas further down are ("Your 5 weakest areas"): these are their first. */}
          <p id="verdict-areas-title">
            <strong>
              {named.length === 1
                ? 'Your weakest area, to work on first:'
                : `Your ${named.length} weakest areas, to work on first:`}
            </strong>
          </p>
          <ol className="verdict-areas" aria-labelledby="verdict-areas-title">
            {named.map((w) => (
              <li key={w.actionId}>
                <a
                  href={`#weak-${w.actionId.replace('.', '--')}`}
                  onClick={(event) => {
                    // Hash routing owns the URL fragment: move to the card without changing route.
                    event.preventDefault();
                    const card = document.getElementById(`weak-${w.actionId.replace('.', '--')}`);
                    card?.setAttribute('tabindex', '-1');
                    card?.focus();
                  }}
                >
                  {actionText(w.actionId)}
                </a>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>You have no weak areas: no action is at “To some extent” or below.</p>
      )}
      <div className="button-group no-print">
        <Link to={paths.plan.href()} className="button">
          Plan your next steps
        </Link>
      </div>
    </div>
  );
}
