import type { Quote, Recommendation } from '../content/types';
import type { AreaResearch } from './weakAreaResearch';

/**
 * The one item the results lead with for a weak area (issue 25, item 7): the most direct quote this
 * page gives the action, else its most direct recommendation, else nothing. It re-ranks nothing: it
 * takes the first of what the research matching already chose, in its order (docs/content.md, Tags).
 * Leaders' own words come first because the leaflet leads with them; a recommendation stands in only
 * where no quote speaks to the action.
 */
export type LeadItem =
  { kind: 'quote'; quote: Quote } | { kind: 'recommendation'; recommendation: Recommendation };

export function leadResearch(area: AreaResearch): LeadItem | null {
  const quote = area.quotes[0];
  if (quote) return { kind: 'quote', quote };
  const recommendation = area.recommendations[0];
  if (recommendation) return { kind: 'recommendation', recommendation };
  return null;
}

/** The research for an area without its lead item, which is shown above it: no item shown twice. */
export function researchAfterLead(area: AreaResearch, lead: LeadItem | null): AreaResearch {
  if (!lead) return area;
  return lead.kind === 'quote'
    ? { ...area, quotes: area.quotes.filter((q) => q.id !== lead.quote.id) }
    : {
        ...area,
        recommendations: area.recommendations.filter((r) => r.id !== lead.recommendation.id),
      };
}
