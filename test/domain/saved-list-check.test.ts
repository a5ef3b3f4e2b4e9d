import { describe, expect, it } from 'vitest';
import { checkSavedList } from '../../src/domain/saved/listCheck';

// The one list check every saved list uses (issue 23): a bad item is left out and named, the rest kept.
const numbers = {
  field: 'items',
  notAList: 'the saved items are not a list.',
  max: 3,
  name: (_: unknown, i: number) => `Item ${i + 1}`,
  check: (raw: unknown, kept: readonly number[]) =>
    typeof raw !== 'number'
      ? ({ ok: false, message: 'it is not a number.' } as const)
      : kept.includes(raw)
        ? ({ ok: false, message: 'it is there already.' } as const)
        : ({ ok: true, value: raw } as const),
};

describe('a saved list, checked item by item', () => {
  it('keeps the good items in order and names each one left out, with why', () => {
    expect(checkSavedList({ items: [1, 'two', 1] }, numbers)).toEqual({
      ok: true,
      value: [1],
      leftOut: [
        'Item 2 was left out: it is not a number.',
        'Item 3 was left out: it is there already.',
      ],
    });
  });

  it('reads nothing when the field is not a list, or a longer one than allowed', () => {
    const refused = { ok: false, message: 'the saved items are not a list.' };
    expect(checkSavedList({ items: 'x' }, numbers)).toEqual(refused);
    expect(checkSavedList(null, numbers)).toEqual(refused);
    expect(checkSavedList({ items: [1, 2, 3, 4] }, numbers)).toEqual(refused);
  });
});
