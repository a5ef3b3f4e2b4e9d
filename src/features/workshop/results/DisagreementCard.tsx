import { QuoteBlock } from '../../../components/QuoteBlock';
import type { Quote } from '../../../domain/content/types';
import { answerRange } from '../../../domain/display';
import type { GroupActionView } from '../../../domain/workshop/groupView';
import { actionText, scale, sectionOf } from '../workshopContent';
import { AnswersTable } from './AnswersTable';
import { describeAnswers } from '../describeAnswers';
import { DotStrip } from '../DotStrip';

/** A disagreement (spread of 2 or more points), written as a prompt for the group to discuss. */
export function DisagreementCard({
  action,
  rank,
}: {
  action: GroupActionView & { quote: Quote | null };
  rank: number;
}) {
  const headingId = `prompt-${action.actionId.replace('.', '--')}`;
  return (
    <section className="card prompt" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="caption">
          Discussion prompt {rank}: {sectionOf(action.sectionId).title}
        </span>
        {actionText(action.actionId)}
      </h3>
      <p>
        The group gave {answerRange(scale, action.min, action.max)}: a spread of {action.spread}{' '}
        points on the scale.
      </p>
      <p className="prompt-question">
        What lies behind the different answers, and what would it take to agree?
      </p>
      <DotStrip answers={action.answers} mean={action.mean} label={describeAnswers(action)} />
      <AnswersTable action={action} />
      {action.quote && <QuoteBlock text={action.quote.text} />}
    </section>
  );
}
