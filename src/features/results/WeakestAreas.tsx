import { WeakAreaCard } from '../../components/results/WeakAreaCard';
import type { PersonalView } from '../../domain/scoring/personalView';
import { YourAnswer } from './YourAnswer';

/** How many weak areas the first screens show: enough to act on, few enough to read at a glance. */
export const LEADING_AREAS = 3;

/**
 * Where to work first: the three weakest areas, each with its one most direct quote or
 * recommendation and the rest of its research one click away (issue 25, item 7).
 */
export function WeakestAreas({ weak }: { weak: PersonalView['weak'] }) {
  const leading = weak.slice(0, LEADING_AREAS);
  return (
    <section aria-labelledby="weakest-title" className="weakest-areas">
      <h2 id="weakest-title">
        {leading.length === 0
          ? 'Your weakest areas'
          : leading.length === 1
            ? 'Your weakest area'
            : `Your ${leading.length} weakest areas`}
      </h2>
      {leading.length === 0 ? (
        <p>
          You did not answer any action at "To some extent" or below, so there are no weak areas to
          show.
        </p>
      ) : (
        leading.map((area, i) => (
          <WeakAreaCard key={area.actionId} subject="your" area={area} rank={i + 1} research="lead">
            <YourAnswer actionId={area.actionId} />
          </WeakAreaCard>
        ))
      )}
    </section>
  );
}
