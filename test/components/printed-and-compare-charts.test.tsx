import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { checklistContent } from '../../src/domain/content/load';
import { aggregateGroup } from '../../src/domain/group/aggregate';
import { SummaryScores } from '../../src/features/workshop/summary/SummaryScores';
import { answersWith } from '../domain/workshop-fixtures';
import { savedAssessment } from '../e2e/fixtures';
import { renderApp } from './renderApp';
import { drawnBars, drawnChart, drawnRows as rowsOf } from './drawnChart';
import { renderWithContent } from '../support/withContent';

// Issue 13: the printed summaries and the compare page draw section scores as labelled bars (decision
// 001), never a radar, and never draw "no score" as a zero.

const { checklist, scale } = checklistContent;
const CLIMATE = checklist.sections[0]!.actions.map((a) => a.id);

describe('the printed personal summary', () => {
  beforeEach(() => localStorage.clear());

  it('draws the section scores as bars, and an unanswered section as "No score", not a zero', async () => {
    // Climate only: 0 1 2 3 4 and "not sure" → (0+25+50+75+100)/5 = 50; the other sections no score.
    const answers = Object.fromEntries(
      CLIMATE.map((id, i) => [id, i === 5 ? 'not-sure' : i] as const),
    );
    localStorage.setItem('kai.assessment', savedAssessment(answers));
    await renderApp('/summary');
    const region = await screen.findByRole(
      'region',
      { name: 'Your score in each section' },
      { timeout: 10_000 },
    );
    await drawnChart(region);
    const chart = within(region).getByRole('img', {
      name: /^Your section scores, with a line at 'To a large extent'/,
    }) as unknown as SVGSVGElement;
    expect(rowsOf(chart)).toEqual([
      'Create the climate for innovation 50',
      'Lead for innovation No score',
      'Agree clear long-term ambitions for innovation No score',
      'Ensure priority innovations are delivered No score',
    ]);
    expect(drawnBars(chart).now).toHaveLength(1);
    // The overall score says what it stands for, in the scale's words.
    expect(screen.getByText(/^Overall score:/)).toHaveTextContent(
      'Overall score: 50 out of 100: on average, you answered “To some extent”',
    );
  });
});

describe('the printed group summary', () => {
  it('draws each section as the group mean with a line from the lowest to the highest member', async () => {
    // Two members, one at "To a small extent" (25) and one at "To a large extent" (75) on everything:
    // mean 50 in every section, range 25 to 75.
    const group = aggregateGroup(checklist, scale, [
      { id: 'a', answers: answersWith(1) },
      { id: 'b', answers: answersWith(3) },
    ]);
    renderWithContent(<SummaryScores group={group} />);
    await drawnChart(document.body);
    const chart = screen.getByRole('img', {
      name: /^The same section scores as bars/,
    }) as unknown as SVGSVGElement;
    expect(rowsOf(chart)).toEqual(checklist.sections.map((s) => `${s.title} 50`));
    // Printed at a fixed width: each range runs from 25 to 75 on the scale, half the bar's track,
    // and the bar (50) ends at its middle.
    const { now, ranges } = drawnBars(chart);
    const track = (x: number) => x - Number(now[0]!.getAttribute('x'));
    for (const [i, r] of ranges.entries()) {
      const bar = Number(now[i]!.getAttribute('width'));
      expect(track(Number(r.getAttribute('x1')))).toBeCloseTo(bar / 2, 5);
      expect(track(Number(r.getAttribute('x2')))).toBeCloseTo((bar * 3) / 2, 5);
    }
    expect(ranges).toHaveLength(checklist.sections.length);
  });
});

describe('the compare page', () => {
  beforeEach(() => localStorage.clear());

  it('pairs then and now in each section, with "no score then" as words, and moved actions first', async () => {
    // Then: every climate action at "To a small extent" (25), nothing else answered.
    const then = Object.fromEntries(CLIMATE.map((id) => [id, 1] as const));
    localStorage.setItem(
      'kai.snapshots',
      JSON.stringify({
        version: 1,
        state: {
          snapshots: [
            {
              id: 'snap1',
              savedAt: '2026-06-01T10:00:00.000Z',
              label: 'June',
              assessment: JSON.parse(savedAssessment(then)).state.assessment,
            },
          ],
        },
      }),
    );
    // Now: the hand-worked answers: climate 50, leading 50, ambitions 75, delivery 95.
    localStorage.setItem('kai.assessment', savedAssessment());
    await renderApp('/compare/snap1');
    const region = await screen.findByRole(
      'region',
      { name: 'Section scores, then and now' },
      { timeout: 10_000 },
    );
    await drawnChart(region);
    const chart = within(region).getByRole('img') as unknown as SVGSVGElement;
    expect(rowsOf(chart)).toEqual([
      'Create the climate for innovation 50 now 25 then',
      'Lead for innovation 50 now No score then',
      'Agree clear long-term ambitions for innovation 75 now No score then',
      'Ensure priority innovations are delivered 95 now No score then',
    ]);
    expect(drawnBars(chart).now).toHaveLength(4);
    // Only climate had a score then: one "then" bar, none drawn at zero for the others.
    expect(drawnBars(chart).then).toHaveLength(1);
    expect(within(region).getByText(/Then \(/)).toBeInTheDocument();

    // "Take vital, calculated risks" was and is "To a small extent": the one action that has not moved.
    const table = screen.getByRole('table', { name: 'Change in each action' });
    const headers = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(headers).toHaveLength(20);
    expect(headers.at(-1)).toBe('Take vital, calculated risks');
  });
});
