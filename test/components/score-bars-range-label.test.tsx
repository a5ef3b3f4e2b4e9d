import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScoreBars, type BarRow } from '../../src/components/charts/ScoreBars';

// Issue 24: a sector chart's line through each bar spans the groups, not a group's members, and its
// key must say so; every chart that drew a group's members keeps its words.

const ROWS: BarRow[] = [
  { label: 'Lead for innovation', value: 60, valueLabel: '60', range: [25, 100] },
];
const keyOf = (ui: React.ReactElement) =>
  render(ui).container.querySelector('.chart-key')!.textContent;

describe('the range line in the key', () => {
  it('says "lowest to highest member" unless told otherwise', () => {
    expect(keyOf(<ScoreBars axisLabel="Score" rows={ROWS} />)).toBe(
      'Score.  lowest to highest member',
    );
  });

  it('takes the name the chart gives it', () => {
    expect(
      keyOf(<ScoreBars axisLabel="Score" rows={ROWS} rangeLabel="lowest to highest group" />),
    ).toBe('Score.  lowest to highest group');
  });

  it('names a range carried by the second bar of a pair', () => {
    const rows: BarRow[] = [
      {
        label: 'Overall',
        value: 26,
        valueLabel: '26',
        then: { value: 62, valueLabel: '62', range: [26, 94] },
      },
    ];
    expect(
      keyOf(
        <ScoreBars
          axisLabel="Score"
          rows={rows}
          pair={{ now: 'This group', then: 'The median group of 4' }}
          rangeLabel="lowest to highest group"
        />,
      ),
    ).toBe('Score.  This group.  The median group of 4.  lowest to highest group');
  });
});
