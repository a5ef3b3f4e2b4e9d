import { PageHeading } from '../../../components/PageHeading';
import { ScoreBars } from '../../../components/charts/ScoreBars';
import { scoreName } from '../../../components/results/subject';
import { formatScore } from '../../../domain/display';
import type { Slide } from '../../../domain/group/slides';
import { useContent } from '../../../components/content/ContentContext';
import { rangeWords, scoreLabel } from './slideScores';

/** The group in each section: one bar a section, with the members' range through it. */
export function OverviewSlide({ slide }: { slide: Extract<Slide, { kind: 'overview' }> }) {
  const { index } = useContent();
  return (
    <>
      <PageHeading title="The group in each section" caption="Scores out of 100" />
      <p className="slide-key">
        Each bar is the group's score; the line through it runs from the lowest to the highest
        member's score.
      </p>
      <div className="slide-chart slide-bars slide-bars-wide">
        <ScoreBars
          tone="slide"
          list="ul"
          axisLabel={`${scoreName("the group's")} (0–100)`}
          rows={slide.sections.map((s) => {
            const title = index.sectionOf(s.sectionId).title;
            return {
              label: title,
              value: s.score,
              valueLabel: scoreLabel(s.score),
              range: s.min === null || s.max === null ? null : [s.min, s.max],
              spoken: `${title}: group score ${formatScore(s.score)}, members ${rangeWords(s.min, s.max)}.`,
            };
          })}
        />
      </div>
    </>
  );
}
