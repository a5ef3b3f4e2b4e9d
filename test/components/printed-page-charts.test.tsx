import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartPrintContext, PRINT_WIDTH } from '../../src/components/charts/chartName';
import { checklistContent } from '../../src/domain/content/load';
import { aggregateGroup } from '../../src/domain/group/aggregate';
import { SummaryScores } from '../../src/features/workshop/summary/SummaryScores';
import { answersWith } from '../domain/workshop-fixtures';
import { renderWithContent } from '../support/withContent';
import { drawnChart } from './drawnChart';

// A page made to be printed (here the group summary's section chart) draws its chart to fit the
// screen, and at paper size only while it prints: on a phone the paper-sized chart ran off the screen
// in 10 px type.

const { checklist, scale } = checklistContent;
const group = aggregateGroup(checklist, scale, [
  { id: 'a', answers: answersWith(1) },
  { id: 'b', answers: answersWith(3) },
]);

const print = (event: 'beforeprint' | 'afterprint') =>
  act(() => void window.dispatchEvent(new Event(event)));

const chartName = /^The same section scores as bars/;
const drawnWidth = () => screen.getByRole('img', { name: chartName }).getAttribute('width');

describe('a printed page on the screen', () => {
  it('draws its chart at the width of its box, then at paper width from beforeprint to afterprint', async () => {
    renderWithContent(
      <ChartPrintContext value>
        <SummaryScores group={group} />
      </ChartPrintContext>,
    );
    await drawnChart(document.body);
    // jsdom lays nothing out: a box of no width counts as the kit's default, 640.
    expect(drawnWidth()).toBe('640');
    print('beforeprint');
    expect(PRINT_WIDTH).toBe(680);
    expect(drawnWidth()).toBe('680');
    print('afterprint');
    expect(drawnWidth()).toBe('640');
  });

  it('is left alone by printing when the page is not made to be printed', async () => {
    renderWithContent(<SummaryScores group={group} />);
    await drawnChart(document.body);
    print('beforeprint');
    expect(drawnWidth()).toBe('640');
    print('afterprint');
  });
});
