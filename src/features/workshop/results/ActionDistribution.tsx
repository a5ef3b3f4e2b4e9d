import { formatScore, answerRange, formatMean } from '../../../domain/display';
import type { GroupActionView } from '../../../domain/workshop/groupView';
import { actionText, scale, sectionOf } from '../workshopContent';
import { AnswersTable } from './AnswersTable';
import { describeAnswers } from '../describeAnswers';
import { DotStrip } from '../DotStrip';

/** One action: the group's score, its spread, and every participant as a dot on the scale. */
export function ActionDistribution({ action }: { action: GroupActionView }) {
  const headingId = `dist-${action.actionId.replace('.', '--')}`;
  return (
    <section className="card distribution" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="caption">{sectionOf(action.sectionId).title}</span>
        {actionText(action.actionId)}
      </h3>
      <p>
        Group score <strong>{formatScore(action.score)}</strong>
        {action.gap !== null && ` (gap ${formatScore(action.gap)})`}. Average answer{' '}
        {formatMean(action.mean)}; {answerRange(scale, action.min, action.max)}.
        {action.notSure > 0 && ` ${action.notSure} not sure.`}{' '}
        {action.disagreement && <strong className="tag">Disagreement</strong>}
      </p>
      <DotStrip answers={action.answers} mean={action.mean} label={describeAnswers(action)} />
      <AnswersTable action={action} />
    </section>
  );
}
