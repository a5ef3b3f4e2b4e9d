import { PageHeading } from '../../../components/PageHeading';
import { QuoteBlock } from '../../../components/QuoteBlock';
import { splitSides } from '../../../domain/group/split';
import type { Slide } from '../../../domain/group/slides';
import { describeSides } from '../shared/describeAnswers';
import { AnswerSpread } from '../shared/AnswerSpread';
import { useContent } from '../../../components/content/ContentContext';

/** A discussion prompt: one action the group is split on, its answers, and a question to discuss. */
export function PromptSlide({ slide }: { slide: Extract<Slide, { kind: 'prompt' }> }) {
  const { index, scale } = useContent();
  const d = slide.action;
  const sides = splitSides(d.counts);
  return (
    <>
      <PageHeading
        title={index.actionText(d.actionId)}
        caption={`Split ${slide.index + 1} of ${slide.of}: ${index.sectionOf(d.sectionId).title}`}
      />
      {sides && <p>{describeSides(sides, scale)}</p>}
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
