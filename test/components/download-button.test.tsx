import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DownloadButton } from '../../src/components/DownloadButton';

// One button saves every file the app makes (a response file, the group results, the sector file and
// CSV, a leader's own file): made when pressed, from what is on the page then, saved on this device.
describe('a download button', () => {
  afterEach(() => vi.restoreAllMocks());

  it('makes the file when pressed, waits for one made slowly, and saves it under its name and type', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    let made = 0;
    render(
      <DownloadButton
        file={async () => {
          made += 1;
          await Promise.resolve();
          return { text: 'a,b\r\n1,2', name: 'sector.csv', type: 'text/csv' };
        }}
      >
        Download the figures (CSV)
      </DownloadButton>,
    );
    expect(made).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Download the figures (CSV)' }));
    await vi.waitFor(() => expect(names).toEqual(['sector.csv']));
    expect(made).toBe(1);
    expect(blobs[0]!.type).toBe('text/csv');
    expect(await blobs[0]!.text()).toBe('a,b\r\n1,2');
  });

  it('saves JSON when no type is given', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<DownloadButton file={() => ({ text: '{}', name: 'a.json' })}>Save</DownloadButton>);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    expect(blobs[0]!.type).toBe('application/json');
  });
});
