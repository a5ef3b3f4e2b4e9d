import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import './scan.css';

// The camera code and the QR decoder load only when the facilitator starts scanning.
const CameraScanner = lazy(() => import('./CameraScanner'));

/** "Scan with this device's camera": nothing is asked of the camera until the button is pressed. */
export function ScanSection({ workshopId }: { workshopId: string }) {
  const [scanning, setScanning] = useState(false);
  const [stopped, setStopped] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  // Back from the camera, focus returns to the button that started it.
  useEffect(() => {
    if (stopped && !scanning) startRef.current?.focus();
  }, [scanning, stopped]);
  return (
    <section aria-labelledby="scan-heading">
      <h2 id="scan-heading">Scan QR codes</h2>
      <p>
        In the room, each member shows the QR code on their “Share your answers with a workshop”
        page. Scan them one after another: each is added as it is read. The camera's picture stays
        on this device.
      </p>
      {scanning ? (
        <Suspense fallback={<p role="status">Loading the scanner…</p>}>
          <CameraScanner
            workshopId={workshopId}
            onStop={() => {
              setScanning(false);
              setStopped(true);
            }}
          />
        </Suspense>
      ) : (
        <div className="button-group">
          <button ref={startRef} type="button" className="button" onClick={() => setScanning(true)}>
            Scan with this device's camera
          </button>
        </div>
      )}
    </section>
  );
}
