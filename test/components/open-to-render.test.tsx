import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { OpenToRender } from '../../src/components/OpenToRender';

describe('a disclosure rendered when opened', () => {
  it('builds nothing while closed, its content once opened, and keeps it when closed again', async () => {
    const user = userEvent.setup();
    render(
      <OpenToRender summary="Show all 20 actions">
        <p>Each dot is one participant.</p>
      </OpenToRender>,
    );
    expect(screen.queryByText('Each dot is one participant.')).toBeNull();

    await user.click(screen.getByText('Show all 20 actions'));
    await waitFor(() => expect(screen.getByText('Each dot is one participant.')).toBeVisible());

    await user.click(screen.getByText('Show all 20 actions'));
    await waitFor(() => expect(screen.getByRole('group')).not.toHaveAttribute('open'));
    expect(screen.getByText('Each dot is one participant.')).toBeInTheDocument();
  });

  it('opens for printing, when asked to, and closes again after as it was', async () => {
    render(
      <OpenToRender summary="Your strengths" printOpen>
        <p>Encourage creativity: Fully</p>
      </OpenToRender>,
    );
    expect(screen.queryByText('Encourage creativity: Fully')).toBeNull();
    act(() => {
      dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByRole('group')).toHaveAttribute('open');
    expect(screen.getByText('Encourage creativity: Fully')).toBeInTheDocument();
    act(() => {
      dispatchEvent(new Event('afterprint'));
    });
    expect(screen.getByRole('group')).not.toHaveAttribute('open');
  });

  it('stays closed for printing unless asked to open', () => {
    render(
      <OpenToRender summary="Show all 20 actions">
        <p>Each dot is one participant.</p>
      </OpenToRender>,
    );
    act(() => {
      dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByRole('group')).not.toHaveAttribute('open');
    expect(screen.queryByText('Each dot is one participant.')).toBeNull();
  });
});
