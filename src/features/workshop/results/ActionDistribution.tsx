import { answerRange, formatMean } from '../../../domain/display';
import { scaleMax } from '../../../domain/scoring/score';
import type { GroupActionView } from '../../../domain/workshop/groupView';
import { actionText, scale, sectionOf } from '../workshopContent';
import { AnswersTable } from './AnswersTable';
import { describeAnswers } from '../describeAnswers';
import { DotStrip } from '../DotStrip';
import { seesItDifferently } from './OutlierList';

const top = scaleMax(scale);

/** One action: the group's average answer, its range, and every participant as a dot on the scale. */
export function ActionDistribution({ action }: { action: GroupActionView }) {
  const headingId = `dist-${action.actionId.replace('.', '--')}`;
  return (
    <section className="card distribution" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="caption">{sectionOf(action.sectionId).title}</span>
        {actionText(action.actionId)}
      </h3>
      {/* One kind of number: the average answer on the same 0–4 scale as the dots below. */}
      <p>
        Average answer <strong>{formatMean(action.mean)}</strong> of {top};{' '}
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
      <DotStrip answers={action.answers} mean={action.mean} label={describeAnswers(action)} />
      <AnswersTable action={action} />
    </section>
  );
}
