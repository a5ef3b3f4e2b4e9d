import { describe, expect, it } from 'vitest';
import { anyQuoteFor, quotesForWeakAreas } from '../../src/domain/scoring/quotes';
import { quotes } from './fixtures';

const ids = (m: Map<string, { id: string }[]>) =>
  Object.fromEntries([...m].map(([k, v]) => [k, v.map((q) => q.id)]));

describe('quotesForWeakAreas', () => {
  it('takes only quotes tagged with the action, most direct first, and never fills from the section', () => {
    const chosen = quotesForWeakAreas(
      [
        { actionId: 'climate.experiment-and-learn' },
        { actionId: 'climate.take-calculated-risks' },
        { actionId: 'climate.celebrate-achievements' },
      ],
      quotes.items,
    );
    expect(ids(chosen)).toEqual({
      // q29 and q30 are tagged with it (they sit in the delivery section)
      'climate.experiment-and-learn': ['q29', 'q30'],
      'climate.take-calculated-risks': ['q01', 'q03'],
      // no quote is tagged with it: none, not the first quotes of its section
      'climate.celebrate-achievements': [],
    });
  });

  it('orders by the rank in the content, not by file order', () => {
    // long-term objectives: q09 rank 1, q15 rank 2, q11 rank 3, q10 rank 4 (q10 and q11 come first in the file)
    const chosen = quotesForWeakAreas(
      [{ actionId: 'ambitions.long-term-objectives' }],
      quotes.items,
    );
    expect(ids(chosen)).toEqual({ 'ambitions.long-term-objectives': ['q09', 'q15'] });
  });

  it('shows no quote twice on a page, and gives none rather than an untagged one when used up', () => {
    const chosen = quotesForWeakAreas(
      [{ actionId: 'delivery.persist' }, { actionId: 'delivery.persist' }],
      quotes.items,
    );
    expect(chosen.get('delivery.persist')).toEqual([]);
    const twoAreas = quotesForWeakAreas(
      [{ actionId: 'climate.encourage-creativity' }, { actionId: 'leading.listen-to-others' }],
      quotes.items,
    );
    // q06 is the most direct for both; the second area gets its next one, q22
    expect(ids(twoAreas)).toEqual({
      'climate.encourage-creativity': ['q06', 'q07'],
      'leading.listen-to-others': ['q22'],
    });
  });

  it('gives the same quotes for the same weak areas every time', () => {
    const areas = [{ actionId: 'leading.move-forward-boldly' }];
    expect(ids(quotesForWeakAreas(areas, quotes.items))).toEqual({
      'leading.move-forward-boldly': ['q19', 'q23'],
    });
    expect(ids(quotesForWeakAreas(areas, quotes.items))).toEqual(
      ids(quotesForWeakAreas(areas, quotes.items)),
    );
  });

  it('says whether any quote speaks to an action at all', () => {
    expect(anyQuoteFor('climate.celebrate-achievements', quotes.items)).toBe(false);
    expect(anyQuoteFor('delivery.devote-resources', quotes.items)).toBe(false);
    expect(anyQuoteFor('delivery.persist', quotes.items)).toBe(true);
  });
});
