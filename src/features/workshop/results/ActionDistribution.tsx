import { answerRange, formatScore } from '../../../domain/display';
import type { GroupActionView } from '../../../domain/group/groupView';
import { useContent } from '../../../components/content/ContentContext';
import { AnswersTable } from './AnswersTable';
import { AnswerSpread } from '../shared/AnswerSpread';
import { seesItDifferently } from './OutlierList';

/** One action: the group's score, its range, and every participant as a dot above their answer. */
export function ActionDistribution({ action }: { action: GroupActionView }) {
  const { index, scale } = useContent();
  const headingId = `dist-${action.actionId.replace('.', '--')}`;
  return (
    <section className="card distribution" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="caption">{index.sectionOf(action.sectionId).title}</span>
        {index.actionText(action.actionId)}
      </h3>
      {/* One scale in the app and the deck (issue 25): the group score out of 100, as the dots' mark. */}
      <p>
        Group score <strong>{formatScore(action.score)}</strong> of 100;{' '}
        {answerRange(scale, action.min, action.max)}.
        {action.notSure > 0 && ` ${action.notSure} not sure.`}{' '}
        {action.disagreement ? (
          <strong className="tag">Split</strong>
        ) : (
          action.outliers > 0 && (
            <strong className="tag">{seesItDifferently(action.outliers)}</strong>
          )
        )}
      </p>
      <AnswerSpread action={action} />
      <AnswersTable action={action} />
    </section>
  );
}
