import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DrawnLines } from '../../src/components/charts/drawn/DrawnLines';

afterEach(() => vi.restoreAllMocks());

describe("the history chart's axes", () => {
  it("write their ticks at the chart's type size without reading any style from the page", () => {
    // recharts reads the type size of tick words of its own class from the page, a forced style
    // recalculation inside the chart's first drawing; the kit's ticks are sized already.
    const styleRead = vi.spyOn(window, 'getComputedStyle');
    const { container } = render(
      <DrawnLines
        points={['1 Jun 2026', '7 Dec 2026']}
        lines={[{ name: 'Overall', values: [60, 68] }]}
        width={600}
        height={300}
        fontSize={16}
      />,
    );
    const ticks = [...container.querySelectorAll('svg text')].filter((t) =>
      ['0', '25', '50', '75', '100', '1 Jun 2026', '7 Dec 2026'].includes(t.textContent ?? ''),
    );
    expect(ticks.map((t) => t.textContent)).toEqual(
      expect.arrayContaining(['0', '25', '50', '75', '100', '1 Jun 2026', '7 Dec 2026']),
    );
    expect(ticks.every((t) => t.getAttribute('font-size') === '16')).toBe(true);
    const readInChart = styleRead.mock.calls.filter(([element]) => element.closest('svg'));
    expect(readInChart).toEqual([]);
  });
});
