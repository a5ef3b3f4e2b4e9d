import { PageHeading } from '../../../components/PageHeading';
import { ScoreBars } from '../../../components/charts/ScoreBars';
import { scoreName } from '../../../components/results/subject';
import type { Slide } from '../../../domain/group/slides';
import { useContent } from '../../../components/content/ContentContext';
import { scoreLabel } from './slideScores';

/** The group's weakest areas, largest gap first. */
export function WeakSlide({ slide }: { slide: Extract<Slide, { kind: 'weak' }> }) {
  const { index } = useContent();
  return (
    <>
      <PageHeading
        title="The group's weakest areas"
        caption="Group score out of 100, largest gap first"
      />
      {slide.weak.length === 0 ? (
        <p>No action has a group average of “To some extent” or below.</p>
      ) : (
        <div className="slide-chart slide-bars">
          <ScoreBars
            tone="slide"
            list="ol"
            axisLabel={`${scoreName("the group's")} (0–100)`}
            rows={slide.weak.map((w) => ({
              label: index.actionText(w.actionId),
              value: w.score,
              valueLabel: scoreLabel(w.score),
            }))}
          />
        </div>
      )}
    </>
  );
}
