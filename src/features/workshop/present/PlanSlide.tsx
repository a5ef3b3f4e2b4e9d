import { PageHeading } from '../../../components/PageHeading';
import { formatDate } from '../../../domain/display';
import type { Slide } from '../../../domain/group/slides';
import { useContent } from '../../../components/content/ContentContext';

/** The group action plan, as agreed so far. */
export function PlanSlide({ slide }: { slide: Extract<Slide, { kind: 'plan' }> }) {
  const { index } = useContent();
  return (
    <>
      <PageHeading title="The group action plan" caption="What we will do next" />
      {slide.plan.length === 0 ? (
        <p>
          No group actions agreed yet. Agree a few, starting from the splits and the weakest areas:
          what you will do, who owns it, by when, and how you will know it is working.
        </p>
      ) : (
        <ol className="slide-list">
          {slide.plan.map((item, i) => (
            <li key={i}>
              <span className="slide-item-title">{index.actionText(item.actionId)}</span>
              <span className="slide-item-detail">
                {/* No-break spaces: a date read from the back of the room stays on one line. */}
                {[
                  item.what,
                  item.who,
                  item.byWhen && formatDate(item.byWhen).replace(/ /g, '\u00a0'),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
