import { describe, expect, it } from 'vitest';
import { quotesForWeakAreas } from '../../src/domain/scoring/quotes';
import { quotes } from './fixtures';

const ids = (m: Map<string, { id: string }[]>) =>
  Object.fromEntries([...m].map(([k, v]) => [k, v.map((q) => q.id)]));

describe('quotesForWeakAreas', () => {
  it('takes quotes tagged with the action first, then quotes of its section, never one twice', () => {
    const chosen = quotesForWeakAreas(
      [
        { actionId: 'climate.experiment-and-learn', sectionId: 'climate' },
        { actionId: 'climate.take-calculated-risks', sectionId: 'climate' },
        { actionId: 'climate.celebrate-achievements', sectionId: 'climate' },
      ],
      quotes.items,
    );
    expect(ids(chosen)).toEqual({
      // q29 and q30 are tagged with it (they sit in the delivery section)
      'climate.experiment-and-learn': ['q29', 'q30'],
      'climate.take-calculated-risks': ['q01', 'q03'],
      // no quote is tagged with it: the first unused quotes of its section
      'climate.celebrate-achievements': ['q02', 'q04'],
    });
  });

  it('falls back to section quotes when the tagged ones are used up', () => {
    const chosen = quotesForWeakAreas(
      [
        { actionId: 'delivery.persist', sectionId: 'delivery' },
        { actionId: 'delivery.persist', sectionId: 'delivery' },
      ],
      quotes.items,
    );
    // q26, q27 are tagged with persist; the second pass finds them used, so takes q24 and q25
    expect(chosen.get('delivery.persist')!.map((q) => q.id)).toEqual(['q24', 'q25']);
  });

  it('gives the same quotes for the same weak areas every time', () => {
    const areas = [{ actionId: 'leading.move-forward-boldly', sectionId: 'leading' }];
    expect(ids(quotesForWeakAreas(areas, quotes.items))).toEqual(
      ids(quotesForWeakAreas(areas, quotes.items)),
    );
    expect(ids(quotesForWeakAreas(areas, quotes.items))).toEqual({
      'leading.move-forward-boldly': ['q19', 'q20'],
    });
  });
});
