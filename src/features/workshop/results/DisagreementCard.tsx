import { QuoteBlock } from '../../../components/QuoteBlock';
import type { Quote } from '../../../domain/content/types';
import { splitSides } from '../../../domain/group/split';
import type { GroupActionView } from '../../../domain/group/groupView';
import { useContent } from '../../../components/content/ContentContext';
import { AnswersTable } from './AnswersTable';
import { describeSides } from '../shared/describeAnswers';
import { AnswerSpread } from '../shared/AnswerSpread';

/** One of the actions the group is most split on, written as a prompt for the group to discuss. */
export function DisagreementCard({
  action,
  rank,
}: {
  action: GroupActionView & { quote: Quote | null };
  rank: number;
}) {
  const { index, scale } = useContent();
  const headingId = `prompt-${action.actionId.replace('.', '--')}`;
  const sides = splitSides(action.counts);
  return (
    <section className="card prompt" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="caption">
          Discussion prompt {rank}: {index.sectionOf(action.sectionId).title}
        </span>
        {index.actionText(action.actionId)}
      </h3>
      {sides && <p>{describeSides(sides, scale)}</p>}
      <p className="prompt-question">
        What lies behind the different answers, and what would it take to agree?
      </p>
      <AnswerSpread action={action} />
      <AnswersTable action={action} />
      {action.quote && <QuoteBlock text={action.quote.text} />}
    </section>
  );
}
