import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { LastTimeCommitted } from '../../src/components/history/LastTimeCommitted';
import { SinceLastRound } from '../../src/components/history/SinceLastRound';
import { UnmovedLastPlan } from '../../src/components/history/UnmovedLastPlan';
import { emptyAssessment } from '../../src/domain/assessment/assessment';
import { checklistContent } from '../../src/domain/content/load';
import type { HistoryEntry } from '../../src/domain/history/round';
import { roundReport } from '../../src/domain/report/roundReport';
import { renderWithContent } from '../support/withContent';

// Local times, so each date is the same day in whatever time zone runs the tests (the CI runs one at UTC+14).
const at = (year: number, month: number, day: number, hour: number) =>
  new Date(year, month - 1, day, hour).toISOString();

// The "since" panels show what the page's report gives them and read no store (issue 23 part 1): the
// stores are empty here, and the panels still show last round's figures. Hand-worked: every action
// "To some extent" (2) on 1 June 2026, with a plan of two; now one of them is "Fully" (4).
const { checklist, scale } = checklistContent;
const every = (value: number) =>
  Object.fromEntries(checklist.sections.flatMap((s) => s.actions.map((a) => [a.id, value])));
const plan = ['climate.encourage-creativity', 'leading.united-leadership'].map((actionId) => ({
  actionId,
  what: `Work on ${actionId}`,
  who: '',
  byWhen: null,
  measure: '',
}));
const last: HistoryEntry = {
  id: 'r1',
  kind: 'round',
  savedAt: at(2026, 6, 1, 10),
  label: 'Round',
  assessment: { ...emptyAssessment(checklist), id: 'r1', answers: every(2), plan },
  review: [{ actionId: 'climate.encourage-creativity', outcome: 'done', note: '' }],
};
const now = {
  ...emptyAssessment(checklist),
  id: 'now',
  answers: { ...every(2), 'climate.encourage-creativity': 4 },
};
const report = roundReport(
  { checklist, scale },
  { assessment: now, rounds: [last], snapshots: [] },
);
const inContent = (ui: React.ReactElement) => renderWithContent(<MemoryRouter>{ui}</MemoryRouter>);

describe('the since panels, given their part of the report', () => {
  it('"Since": the date, the overall change and the one rise', () => {
    inContent(<SinceLastRound since={report.since} previous={report.last.previous} />);
    const panel = screen.getByRole('region', { name: 'Since 1 June 2026' });
    // Climate: (4 + 2×5)/6 of 4 = 58.33 now; overall (58.33 + 50×3)/4 = 52.08, shown as 52.
    expect(panel).toHaveTextContent('Overall score: 50 then, 52 now');
    expect(panel).toHaveTextContent('Actions done to a large extent or fully: 0 then, 1 now.');
    const rises = within(panel).getAllByRole('list')[0]!;
    expect(rises).toHaveTextContent(
      `${checklist.sections[0]!.actions[0]!.text}: To some extent → Fully – it is how we work`,
    );
    expect(panel).toHaveTextContent('No answer went down.');
  });

  it('"Last time I committed to": each commitment, its review and its move', () => {
    inContent(<LastTimeCommitted commitments={report.commitments} previous={last} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('DoneBetter: To some extent → Fully – it is how we work'),
      expect.stringContaining('Not reviewedSame: To some extent → To some extent'),
    ]);
  });

  it('"not moved since": only the commitment whose answer did not go up', () => {
    inContent(<UnmovedLastPlan unmoved={report.unmoved} previous={last} />);
    const note = screen.getByRole('note', {
      name: 'In your plan of 1 June 2026, and not moved since',
    });
    expect(
      within(note)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([checklist.sections[1]!.actions[0]!.text]);
  });

  it('shows nothing when there is no earlier round', () => {
    const { container } = inContent(
      <>
        <SinceLastRound since={null} previous={null} />
        <LastTimeCommitted commitments={[]} previous={null} />
        <UnmovedLastPlan unmoved={[]} previous={null} />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
