import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';
import { savedAssessmentText } from './savedAssessmentText';

describe('a section page', () => {
  it('shows an error summary linking to each unanswered question, and moves focus to it', async () => {
    const { user } = await renderApp('/section/climate');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Section 1 of 4 Create the climate for innovation',
    );
    const first = screen.getByRole('group', { name: /Do you encourage creativity\?/ });
    await user.click(within(first).getByRole('radio', { name: 'To some extent' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading')).toHaveTextContent('There is a problem');
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Select how far you invite external challenges, or select "Not sure"',
      'Select how far you proactively look for fresh ideas, internally and externally, or select "Not sure"',
      'Select how far you take vital, calculated risks, or select "Not sure"',
      'Select how far you experiment, fail quickly and learn from failures, or select "Not sure"',
      'Select how far you celebrate achievements, or select "Not sure"',
    ]);
    expect(summary).toHaveFocus();
    expect(document.title).toBe(
      'Error: Create the climate for innovation – Key Actions for Innovation',
    );

    await user.click(links[2]!);
    const risks = screen.getByRole('group', { name: /Do you take vital, calculated risks\?/ });
    expect(within(risks).getByRole('radio', { name: 'Not at all' })).toHaveFocus();
    expect(risks).toHaveAccessibleDescription(
      'Error: Select how far you take vital, calculated risks, or select "Not sure"',
    );
  });

  it('clears an error when its question is answered, and continues once all are answered', async () => {
    const { user } = await renderApp('/section/ambitions');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(4);
    const groups = screen.getAllByRole('group');
    await user.click(within(groups[0]!).getByRole('radio', { name: 'Not sure' }));
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(3);
    for (const group of groups.slice(1))
      await user.click(within(group).getByRole('radio', { name: 'To a large extent' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Ensure priority innovations are delivered',
    );
    expect(document.title).toBe(
      'Ensure priority innovations are delivered – Key Actions for Innovation',
    );
  });

  it('restores answers and notes after the page is closed and opened again', async () => {
    const first = await renderApp('/section/leading');
    const group = screen.getByRole('group', {
      name: /Do you listen to others' ideas, comments and concerns\?/,
    });
    await first.user.click(within(group).getByRole('radio', { name: 'Fully – it is how we work' }));
    const notes = screen.getAllByLabelText(/What makes you say that\?/);
    await first.user.type(notes[2]!, 'Open surgeries');
    first.unmount();

    await renderApp('/section/leading');
    const again = screen.getByRole('group', {
      name: /Do you listen to others' ideas, comments and concerns\?/,
    });
    expect(within(again).getByRole('radio', { name: 'Fully – it is how we work' })).toBeChecked();
    expect(screen.getAllByLabelText(/What makes you say that\?/)[2]).toHaveValue('Open surgeries');
    const saved = JSON.parse(localStorage.getItem('kai.assessment')!);
    expect(saved.version).toBe(2);
    expect(saved.state.assessment.answers).toEqual({ 'leading.listen-to-others': 4 });
  });
});

describe('check your answers', () => {
  it('has a Change link for each answer that goes to that question and back', async () => {
    localStorage.setItem(
      'kai.assessment',
      savedAssessmentText({
        answers: { 'delivery.monitor-progress': 1 },
        notes: { 'delivery.monitor-progress': 'Quarterly only' },
        aboutYou: { name: '', role: '', council: '' },
        startedAt: null,
        updatedAt: null,
      }),
    );
    const { user } = await renderApp('/check');
    expect(screen.getAllByRole('link', { name: /^Change your answer/ })).toHaveLength(20);
    const row = screen.getByText('Do you monitor progress closely?').closest('div')!;
    expect(row).toHaveTextContent('To a small extent');
    expect(row).toHaveTextContent('Note: Quarterly only');

    await user.click(
      screen.getByRole('link', {
        name: 'Change your answer to “Do you monitor progress closely?”',
      }),
    );
    const group = await screen.findByRole('group', { name: /Do you monitor progress closely\?/ });
    const current = within(group).getByRole('radio', { name: 'To a small extent' });
    await waitFor(() => expect(current).toHaveFocus());
    await user.click(within(group).getByRole('radio', { name: 'To a large extent' }));
    // The other questions in this section are unanswered: saving still needs them, or "Not sure".
    for (const other of screen.getAllByRole('group').filter((g) => g !== group)) {
      await user.click(within(other).getByRole('radio', { name: 'Not sure' }));
    }
    await user.click(screen.getByRole('button', { name: 'Save and go back to your answers' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Check your answers' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Do you monitor progress closely?').closest('div')).toHaveTextContent(
      'To a large extent',
    );
  });
});
