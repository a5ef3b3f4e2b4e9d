import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReminderSection } from '../../src/features/history/ReminderSection';
import { useAssessmentStore } from '../../src/state/assessmentStore';
import { renderWithContent } from '../support/withContent';

// Issue 25.16: the reminder's example date is in the future, whatever today is, and the plan's dates
// can go in the same calendar file.

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('Remind me to reassess', () => {
  it.each([
    ['2031-02-10T12:00:00', 'For example, 10 8 2031.'],
    ['2040-08-31T12:00:00', 'For example, 28 2 2041.'],
  ])('on %s proposes six months on, and its hint says so', (now, hint) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(now));
    renderWithContent(<ReminderSection />);
    expect(screen.getByText(`Six months on is proposed. ${hint}`)).toBeInTheDocument();
  });

  it('offers the plan’s dates from today on, each as an event with an alarm', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-01-05T12:00:00'));
    const item = { who: '', measure: '', what: 'Do it' };
    useAssessmentStore.getState().setPlan([
      { ...item, actionId: 'delivery.persist', byWhen: '2027-02-01' },
      { ...item, actionId: 'delivery.monitor-progress', byWhen: '2027-03-01' },
      { ...item, actionId: 'climate.encourage-creativity', byWhen: '2026-12-01' },
    ]);
    let written = '';
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      void (blob as Blob).text().then((t) => (written = t));
      return 'blob:x';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithContent(<ReminderSection />);
    const box = screen.getByRole('checkbox', {
      name: 'Add the 2 dates of your action plan too, each as an event with its own reminder the day before',
    });
    expect(box).not.toBeChecked();
    await userEvent.click(box);
    await userEvent.click(screen.getByRole('button', { name: 'Download the reminder' }));
    await vi.waitFor(() => expect(written).not.toBe(''));
    expect(written.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(written.match(/TRIGGER:-P1D/g)).toHaveLength(3);
    expect(written).toContain('DTSTART;VALUE=DATE:20270201');
    expect(written).toContain('DTSTART;VALUE=DATE:20270301');
    expect(written).not.toContain('DTSTART;VALUE=DATE:20261201');
  });
});
