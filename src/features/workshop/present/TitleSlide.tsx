import { PageHeading } from '../../../components/PageHeading';
import { formatDate, formatScore, scoreInWords } from '../../../domain/display';
import type { Slide } from '../../../domain/group/slides';
import { useContent } from '../../../components/content/ContentContext';

const members = (n: number) => `${n} ${n === 1 ? 'member' : 'members'}`;

/** The first screen: the workshop, the group's score in words, and how split the group is. */
export function TitleSlide({ slide }: { slide: Extract<Slide, { kind: 'title' }> }) {
  const { scale } = useContent();
  const { overall, splitCount, shownSplits } = slide;
  const words = scoreInWords(scale, overall.score);
  return (
    <>
      <PageHeading title={slide.title} caption="Group results" />
      <p className="slide-sub">
        {[slide.council, slide.date && formatDate(slide.date)].filter(Boolean).join(', ')}
      </p>
      <p className="big-number">
        <span className="value">{formatScore(overall.score)}</span>
        <span className="label">
          group score out of 100{words && `: ${words}`}, from {members(slide.participants)}
        </span>
      </p>
      <p>
        {splitCount === 0
          ? 'The group is not split on any action.'
          : `The group is split on ${splitCount} ${splitCount === 1 ? 'action' : 'actions'}; the ${shownSplits === 1 ? 'one' : `${shownSplits} most split`} follow.`}
      </p>
    </>
  );
}
