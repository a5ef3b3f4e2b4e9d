import { PageHeading } from '../../../components/PageHeading';
import { ScoreBars } from '../../../components/charts/ScoreBars';
import { standingBars } from '../../../components/results/standingBars';
import { scoreName } from '../../../components/results/subject';
import type { Slide } from '../../../domain/group/slides';

/**
 * The behaviours of leaders in councils achieving more innovations, with the group's score for each:
 * the same bars as on the group results (longer is better, "no score" in words), as wide as the slide.
 */
export function BehavioursSlide({ slide }: { slide: Extract<Slide, { kind: 'behaviours' }> }) {
  return (
    <>
      <PageHeading
        title="What leaders in councils achieving more innovations do"
        caption="Creative Councils update, paragraph 16"
      />
      <p className="slide-key">Group score out of 100: the mean of each one's checklist actions.</p>
      <div className="slide-chart slide-bars">
        <ScoreBars
          tone="slide"
          list="ul"
          axisLabel={`${scoreName("the group's")} (0–100)`}
          rows={standingBars(slide.behaviours)}
        />
      </div>
    </>
  );
}
