import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScanSection } from '../../src/features/workshop/add/scan/ScanSection';
import { renderWithContent } from '../support/withContent';

// Each way the camera can fail, as the browser reports it: one clear message each, and the scan button
// back when the message is closed. (Refused and no camera are also tested in Chromium: scan.e2e.ts.)
const failures: [string, string][] = [
  ['NotAllowedError', 'The camera was not allowed'],
  ['NotFoundError', 'No camera was found'],
  ['NotReadableError', 'The camera is in use'],
  ['TypeError', 'The camera could not be started'],
];

function cameraFailingWith(name: string) {
  const getUserMedia = vi.fn().mockRejectedValue(new DOMException('camera', name));
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  return getUserMedia;
}

afterEach(() => {
  Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });
});

describe("scanning with this device's camera", () => {
  it.each(failures)('%s: says "%s" and offers the camera again', async (name, title) => {
    const getUserMedia = cameraFailingWith(name);
    const user = userEvent.setup();
    renderWithContent(<ScanSection workshopId="w1" />);
    // The browser is not asked for the camera until the button is pressed.
    expect(getUserMedia).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: "Scan with this device's camera" }));
    // The scanner is loaded on the press: on a busy machine that can take a few seconds.
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
    expect(alert).toHaveTextContent(/paste|codes or files/i);
    expect(getUserMedia).toHaveBeenCalledTimes(1);
    // By keyboard: focus is on the close button, and comes back to the scan button.
    expect(screen.getByRole('button', { name: 'Close this message' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: "Scan with this device's camera" })).toHaveFocus();
  });

  it('says so where the browser has no camera access at all (not a secure address)', async () => {
    const user = userEvent.setup();
    renderWithContent(<ScanSection workshopId="w1" />);
    await user.click(screen.getByRole('button', { name: "Scan with this device's camera" }));
    expect(
      await screen.findByRole(
        'heading',
        { name: 'This browser cannot use a camera here' },
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
  });
});
