import { WeakAreaResearch } from '../../../components/WeakAreaResearch';
import type { CouncilExample, Quote, Recommendation } from '../../../domain/content/types';
import { formatScore } from '../../../domain/scoring/format';
import { answerRange } from '../../../domain/workshop/format';
import type { GroupActionView } from '../../../domain/workshop/groupView';
import { actionText, recommendations, scale, sectionOf } from '../workshopContent';

interface Props {
  area: GroupActionView & {
    quotes: Quote[];
    quotesShownAbove: boolean;
    recommendations: Recommendation[];
    examples: CouncilExample[];
  };
  rank: number;
}

/** One of the group's weakest areas, with what other leaders said, recommendations and examples. */
export function GroupWeakAreaCard({ area, rank }: Props) {
  const headingId = `gweak-${area.actionId.replace('.', '--')}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="caption">
          {rank}. {sectionOf(area.sectionId).title}
        </span>
        {actionText(area.actionId)}
      </h3>
      <p>
        Group score <strong>{formatScore(area.score)}</strong>;{' '}
        {answerRange(scale, area.min, area.max)}.
      </p>
      <WeakAreaResearch
        quotes={area.quotes}
        quotesShownAbove={area.quotesShownAbove}
        recommendations={area.recommendations}
        examples={area.examples}
        recommendationsSource={recommendations.source}
      />
    </section>
  );
}
