import { Link } from 'react-router';
import { paths } from '../../routing/paths';
import { useContent } from '../../components/content/ContentContext';
import { formatScore, nearestAnswer } from '../../domain/display';
import type { PersonalView } from '../../domain/scoring/personalView';

/**
 * How am I doing: the overall score in the scale's own words, and how many actions are done to a
 * large extent or fully. The three weakest areas and the next step follow it (WeakestAreas).
 */
export function ResultsVerdict({ view }: { view: PersonalView }) {
  const { scale, checklist } = useContent();
  const { result } = view;
  const answered = result.total - result.unanswered;
  const partial = result.unanswered > 0;
  const nearest = nearestAnswer(scale, result.overall);
  const firstGap = checklist.sections.find((s) =>
    result.actions.some((a) => a.sectionId === s.id && a.status === 'unanswered'),
  );
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
      <p>
        You have{' '}
        <strong>
          {result.coverage} of {result.total}
        </strong>{' '}
        actions done to a large extent or fully.
      </p>
    </div>
  );
}
