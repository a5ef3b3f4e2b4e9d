/** Reads the QR code in the current video frame, if there is one. */
export type FrameReader = (video: HTMLVideoElement) => Promise<string | null>;

interface NativeDetector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface NativeDetectorClass {
  new (options: { formats: string[] }): NativeDetector;
  getSupportedFormats(): Promise<string[]>;
}

// Frames are scaled down to this width before decoding in JavaScript: a phone's QR code still has
// several pixels a module, and each frame takes a few milliseconds instead of tens.
const MAX_WIDTH = 720;

/**
 * The browser's own BarcodeDetector where it reads QR codes (Android, ChromeOS, macOS), otherwise the
 * `qr` library's decoder, loaded only now. Both run on this device: no frame leaves it.
 */
export async function frameReader(): Promise<FrameReader> {
  const Native = (window as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
  if (Native) {
    try {
      if ((await Native.getSupportedFormats()).includes('qr_code')) {
        const detector = new Native({ formats: ['qr_code'] });
        return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
      }
    } catch {
      // Fall through to the JavaScript decoder.
    }
  }
  const { decodeQR } = await import('qr/decode.js');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!context || video.videoWidth === 0) return null;
    const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    try {
      return decodeQR({ width: image.width, height: image.height, data: image.data });
    } catch {
      return null; // No QR code in this frame.
    }
  };
}
