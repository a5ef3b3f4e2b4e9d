export type CameraProblem = 'unavailable' | 'refused' | 'none' | 'in-use' | 'failed';

export type CameraResult =
  { ok: true; stream: MediaStream } | { ok: false; problem: CameraProblem };

/**
 * Asks for the camera: only ever called when the facilitator presses the scan button, so the browser's
 * permission question comes at the moment it makes sense. The back camera is preferred on a phone or
 * tablet; a laptop's only camera is used otherwise.
 */
export async function startCamera(): Promise<CameraResult> {
  if (!navigator.mediaDevices?.getUserMedia) return { ok: false, problem: 'unavailable' };
  try {
    const stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 } },
      audio: false,
    });
    return { ok: true, stream };
  } catch (error) {
    // A DOMException, which not every browser makes an instance of Error: read its name directly.
    const name = String((error as { name?: unknown } | null)?.name ?? '');
    if (name === 'NotAllowedError' || name === 'SecurityError')
      return { ok: false, problem: 'refused' };
    if (name === 'NotFoundError' || name === 'OverconstrainedError')
      return { ok: false, problem: 'none' };
    if (name === 'NotReadableError' || name === 'AbortError')
      return { ok: false, problem: 'in-use' };
    return { ok: false, problem: 'failed' };
  }
}

export function stopCamera(stream: MediaStream | null) {
  stream?.getTracks().forEach((track) => track.stop());
}

/** One message for each way the camera can fail; each says what to do instead. */
export const CAMERA_MESSAGES: Record<CameraProblem, { title: string; text: string }> = {
  unavailable: {
    title: 'This browser cannot use a camera here',
    text: 'Browsers allow the camera only on a secure (https) address or an app opened from this computer. Add the codes or files below instead.',
  },
  refused: {
    title: 'The camera was not allowed',
    text: "To scan, allow the camera for this app in the browser's settings (often the camera symbol in the address bar), then press the button again. You can still paste codes or add files below.",
  },
  none: {
    title: 'No camera was found',
    text: 'This device has no camera that the browser can use. Paste the codes or add the files below instead.',
  },
  'in-use': {
    title: 'The camera is in use',
    text: 'Another app or browser tab may be using the camera. Close it and press the button again, or paste the codes or add the files below.',
  },
  failed: {
    title: 'The camera could not be started',
    text: 'Press the button to try again, or paste the codes or add the files below.',
  },
};
