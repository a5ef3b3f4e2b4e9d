import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import './scan.css';

// The camera code and the QR decoder load only when someone starts scanning.
const CameraScanner = lazy(() => import('./CameraScanner'));

interface Props {
  /** Each QR code's text, read once each time the camera is on. */
  onCode(text: string): void;
  /** The camera is about to start: a page clears its list of what was read last time. */
  onStart?(): void;
  /** What has been read while the camera is on, shown beside its view. */
  children: ReactNode;
}

/**
 * "Scan with this device's camera": nothing is asked of the camera until the button is pressed. Shared
 * by the workshop (members' response codes) and the sector picture (groups' results codes).
 */
export function CameraScan({ onCode, onStart, children }: Props) {
  const [scanning, setScanning] = useState(false);
  const [stopped, setStopped] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  // Back from the camera, focus returns to the button that started it.
  useEffect(() => {
    if (stopped && !scanning) startRef.current?.focus();
  }, [scanning, stopped]);
  return scanning ? (
    <Suspense fallback={<p role="status">Loading the scanner…</p>}>
      <CameraScanner
        onCode={onCode}
        onStop={() => {
          setScanning(false);
          setStopped(true);
        }}
      >
        {children}
      </CameraScanner>
    </Suspense>
  ) : (
    <div className="button-group">
      <button
        ref={startRef}
        type="button"
        className="button"
        onClick={() => {
          onStart?.();
          setScanning(true);
        }}
      >
        Scan with this device's camera
      </button>
    </div>
  );
}
