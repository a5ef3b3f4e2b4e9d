import { citeReport } from '../domain/content/cite';
import type { Recommendations } from '../domain/content/types';
import type { AreaResearch } from '../domain/scoring/weakAreaResearch';
import { QuoteBlock } from './QuoteBlock';
import './weakAreaResearch.css';

interface Props {
  research: AreaResearch;
  /** Where the recommendations come from, named above them. */
  recommendationsSource: Recommendations['source'];
  /**
   * What the area's lead above said (results page): a quote or a recommendation, which `research`
   * then leaves out, or 'none', that neither speaks to the action. What the lead has said there is no
   * more of is left out here rather than said again.
   */
  leadKind?: 'quote' | 'recommendation' | 'none';
}

const MAX_EXAMPLES = 2;

/**
 * For a weak area, personal or the group's: what other leaders said, recommendations and examples. Only
 * items tagged with the action are given (most direct first); where there is none, one plain sentence
 * says so rather than showing something that does not speak to it.
 */
export function WeakAreaResearch({ research, recommendationsSource, leadKind }: Props) {
  const { quotes, quotesShownAbove, recommendations, examples, paragraphs } = research;
  const report = citeReport(recommendationsSource);
  const noMoreQuotes = (leadKind === 'quote' || leadKind === 'none') && quotes.length === 0;
  const noMoreRecommendations =
    (leadKind === 'recommendation' || leadKind === 'none') && recommendations.length === 0;
  return (
    <>
      {paragraphs.map((p) => (
        <div key={p.citation}>
          <h4>From the research</h4>
          <blockquote className="source-text">
            <p>{p.text}</p>
            <footer>{p.citation}</footer>
          </blockquote>
        </div>
      ))}
      {!noMoreQuotes && (
        <>
          <h4>
            {leadKind === 'quote' ? 'More of what other leaders said' : 'What other leaders said'}
          </h4>
          {quotes.length > 0 ? (
            quotes.map((q) => <QuoteBlock key={q.id} text={q.text} />)
          ) : (
            <p className="research-none">
              {quotesShownAbove
                ? 'The quotes that speak to this action are shown above, under another area.'
                : "None of the leaders' quotes in the leaflet speaks directly to this action."}
            </p>
          )}
        </>
      )}
      {!noMoreRecommendations && (
        <>
          <h4>
            {leadKind === 'recommendation' ? 'More from' : 'From'} {report}
          </h4>
          {recommendations.length > 0 ? (
            <ul>
              {recommendations.map((r) => (
                <li key={r.id}>
                  <strong>{r.id}</strong> {r.text}
                </li>
              ))}
            </ul>
          ) : (
            <p className="research-none">
              None of the report's recommendations speaks directly to this action.
            </p>
          )}
        </>
      )}
      <h4>Examples from other councils</h4>
      {examples.length > 0 ? (
        <ul>
          {examples.slice(0, MAX_EXAMPLES).map((e) => (
            <li key={e.id}>
              <strong>
                {e.council}
                {e.title !== e.council && `: ${e.title}`}
              </strong>{' '}
              ({e.programme}): {e.description}
            </li>
          ))}
        </ul>
      ) : (
        <p className="research-none">
          None of the council examples in the Creative Councils update speaks directly to this
          action.
        </p>
      )}
    </>
  );
}
