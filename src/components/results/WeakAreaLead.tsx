import { citeReport } from '../../domain/content/cite';
import { leadResearch, researchAfterLead } from '../../domain/scoring/leadResearch';
import type { AreaResearch } from '../../domain/scoring/weakAreaResearch';
import { OpenToRender } from '../OpenToRender';
import { QuoteBlock } from '../QuoteBlock';
import { WeakAreaResearch } from '../WeakAreaResearch';
import { useContent } from '../content/ContentContext';
import { useResearch } from '../content/useResearch';

/**
 * A weak area's one most direct item, the first the research matching gives it (a quote, else a
 * recommendation: domain/scoring/leadResearch), with the rest of its research one click away.
 */
export function WeakAreaLead({ actionId, research }: { actionId: string; research: AreaResearch }) {
  const { actionText } = useContent().index;
  const source = useResearch().recommendations.source;
  const lead = leadResearch(research);
  return (
    <>
      <div className="lead-research">
        {lead?.kind === 'quote' ? (
          // The quote's own footer says whose words they are: one of the leaders interviewed.
          <QuoteBlock text={lead.quote.text} />
        ) : lead?.kind === 'recommendation' ? (
          <>
            <p className="lead-label">A recommendation from {citeReport(source)}:</p>
            <p className="lead-recommendation">
              <strong>{lead.recommendation.id}</strong> {lead.recommendation.text}
            </p>
          </>
        ) : (
          <p className="research-none">
            {research.quotesShownAbove
              ? 'The quotes that speak to this action are shown above, under another area, and none of the recommendations speaks directly to it.'
              : "None of the leaders' quotes or the report's recommendations speaks directly to this action."}
          </p>
        )}
      </div>
      <OpenToRender
        className="more-research"
        printOpen
        summary={
          <>
            More research for this area
            <span className="visually-hidden">: {actionText(actionId)}</span>
          </>
        }
      >
        <WeakAreaResearch
          research={researchAfterLead(research, lead)}
          recommendationsSource={source}
          leadKind={lead?.kind ?? 'none'}
        />
      </OpenToRender>
    </>
  );
}
