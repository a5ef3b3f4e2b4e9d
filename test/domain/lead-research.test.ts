import { describe, expect, it } from 'vitest';
import type { Quote, Recommendation } from '../../src/domain/content/types';
import { leadResearch, researchAfterLead } from '../../src/domain/scoring/leadResearch';
import type { AreaResearch } from '../../src/domain/scoring/weakAreaResearch';

// Issue 25, item 7: a weak area leads with one item, the first the research matching already gives it
// (a quote, most direct first; else a recommendation, most direct first). Nothing is re-ranked.
const quote = (id: string) => ({ id, text: `quote ${id}` }) as unknown as Quote;
const rec = (id: string) => ({ id, text: `recommendation ${id}` }) as unknown as Recommendation;
const area = (quotes: Quote[], recommendations: Recommendation[]): AreaResearch => ({
  quotes,
  quotesShownAbove: false,
  recommendations,
  examples: [],
  paragraphs: [],
});

describe('the one item a weak area leads with', () => {
  it('is its first quote, in the order given, and the rest keeps every other item', () => {
    const research = area([quote('q30'), quote('q29')], [rec('R13')]);
    const lead = leadResearch(research);
    expect(lead).toEqual({ kind: 'quote', quote: quote('q30') });
    const rest = researchAfterLead(research, lead);
    expect(rest.quotes.map((q) => q.id)).toEqual(['q29']);
    expect(rest.recommendations.map((r) => r.id)).toEqual(['R13']);
  });

  it('is its first recommendation where it has no quote', () => {
    const research = area([], [rec('R8'), rec('R6')]);
    const lead = leadResearch(research);
    expect(lead).toEqual({ kind: 'recommendation', recommendation: rec('R8') });
    expect(researchAfterLead(research, lead).recommendations.map((r) => r.id)).toEqual(['R6']);
  });

  it('is nothing where neither is tagged, and the research is then left whole', () => {
    const research = area([], []);
    expect(leadResearch(research)).toBeNull();
    expect(researchAfterLead(research, null)).toBe(research);
  });
});
