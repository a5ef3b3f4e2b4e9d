import { QuoteBlock } from '../../components/QuoteBlock';
import { citeShort } from '../../domain/content/cite';
import { useResearch } from '../../components/content/useResearch';
import type { PlanPrompt } from '../../domain/plan/prompts';

/**
 * The most direct quote and recommendation tagged with a planned action, behind a disclosure; where none
 * is tagged, one plain sentence says so instead of offering something that does not speak to it.
 */
export function PlanPromptDetails({ prompt }: { prompt: PlanPrompt }) {
  const recommendationsCited = citeShort(useResearch().recommendations.source);
  return (
    <details className="prompts">
      <summary>What other leaders said, and the Audit Commission's recommendation</summary>
      {prompt.quote ? (
        <QuoteBlock text={prompt.quote.text} />
      ) : (
        <p>
          {prompt.quoteShownAbove
            ? 'The quote that speaks to this action is shown above, with another action.'
            : "None of the leaders' quotes in the leaflet speaks directly to this action."}
        </p>
      )}
      {prompt.recommendation ? (
        <p>
          <strong>
            {recommendationsCited}, {prompt.recommendation.id}:
          </strong>{' '}
          {prompt.recommendation.text}
        </p>
      ) : (
        <p>None of the Audit Commission's recommendations speaks directly to this action.</p>
      )}
    </details>
  );
}
