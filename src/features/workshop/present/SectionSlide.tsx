import { PageHeading } from '../../../components/PageHeading';
import { ScoreBars } from '../../../components/charts/ScoreBars';
import { scoreName } from '../../../components/results/subject';
import { answerRange, formatScore, scoreKey } from '../../../domain/display';
import { scaleMax } from '../../../domain/scoring/score';
import type { Slide } from '../../../domain/group/slides';
import { useContent } from '../../../components/content/ContentContext';
import { asScore, scoreLabel } from './slideScores';

/**
 * One section: each action's group score out of 100, and what those scores mean in the answers' own
 * words (issue 25).
 */
export function SectionSlide({ slide }: { slide: Extract<Slide, { kind: 'section' }> }) {
  const { index, scale } = useContent();
  const top = scaleMax(scale);
  return (
    <>
      <PageHeading
        title={index.sectionOf(slide.sectionId).title}
        caption={`Section ${slide.index + 1} of ${slide.of}: group scores out of 100`}
      />
      <p className="slide-key">
        Each bar is the group's score; the line through it runs from the lowest to the highest
        member's score. {scoreKey(scale)}.
      </p>
      <div className="slide-chart slide-bars">
        <ScoreBars
          tone="slide"
          list="ul"
          axisLabel={`${scoreName("the group's")} (0–100)`}
          rows={slide.actions.map((a) => {
            const min = asScore(a.min, top);
            const max = asScore(a.max, top);
            const text = index.actionText(a.actionId);
            // "split" in the title's own words, so it reads in black and white and aloud.
            const label = a.disagreement ? `${text} (split)` : text;
            return {
              label,
              value: a.score,
              valueLabel: scoreLabel(a.score),
              range: min === null || max === null ? null : [min, max],
              spoken: `${label}: group score ${formatScore(a.score)}, ${answerRange(scale, a.min, a.max)}.`,
            };
          })}
        />
      </div>
    </>
  );
}
