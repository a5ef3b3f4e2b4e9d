import { PageHeading } from '../../../components/PageHeading';
import { QuoteBlock } from '../../../components/QuoteBlock';
import { splitSides } from '../../../domain/group/split';
import type { GroupView } from '../../../domain/group/groupView';
import { describeSides } from '../shared/describeAnswers';
import { AnswerSpread } from '../shared/AnswerSpread';
import { actionText, sectionOf } from '../shared/workshopContent';

/** A discussion prompt: one action the group is split on, its answers, and a question to discuss. */
export function PromptSlide({ view, index }: { view: GroupView; index: number }) {
  const d = view.disagreements[index]!;
  const sides = splitSides(d.counts);
  return (
    <>
      <PageHeading
        title={actionText(d.actionId)}
        caption={`Split ${index + 1} of ${view.disagreements.length}: ${sectionOf(d.sectionId).title}`}
      />
      {sides && <p>{describeSides(sides)}</p>}
      <div className="slide-dots">
        <AnswerSpread action={d} tone="slide" />
      </div>
      <p className="slide-question">
        What lies behind the different answers, and what would it take to agree?
      </p>
      {d.quote && <QuoteBlock text={d.quote.text} />}
    </>
  );
}
