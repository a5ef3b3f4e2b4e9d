import { useEffect, useRef, useState, type ReactNode } from 'react';
import { CAMERA_MESSAGES, startCamera, stopCamera, type CameraProblem } from './camera';
import { frameReader } from './decoder';

// A few frames a second is enough to feel immediate, and leaves a laptop's fan alone.
const SCAN_INTERVAL_MS = 150;

interface Props {
  /** Each QR code's text, once per time the camera is on: what to do with it is the page's. */
  onCode(text: string): void;
  onStop(): void;
  /** What has been read so far, shown beside the camera's view. */
  children: ReactNode;
}

/**
 * The live camera view. The camera is asked for when this mounts (after the button press) and stopped
 * when it unmounts: leaving the page turns it off.
 */
export default function CameraScanner({ onCode, onStop, children }: Props) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const stopRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const [state, setState] = useState<'starting' | 'on' | CameraProblem>('starting');
  // The page's latest handler, without starting the camera again when it changes.
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let stopped = false;
    // Each code is handled once: while it stays in view it is read many times a second.
    const seen = new Set<string>();

    void (async () => {
      const camera = await startCamera();
      if (stopped) return stopCamera(camera.ok ? camera.stream : null);
      if (!camera.ok) return setState(camera.problem);
      stream = camera.stream;
      const video = videoRef.current!;
      video.srcObject = stream;
      await video.play().catch(() => undefined);
      const read = await frameReader();
      if (stopped) return;
      setState('on');
      const tick = async () => {
        const text = await read(video).catch(() => null);
        if (stopped) return;
        if (text !== null && !seen.has(text)) {
          seen.add(text);
          onCodeRef.current(text);
        }
        timer = window.setTimeout(() => void tick(), SCAN_INTERVAL_MS);
      };
      void tick();
    })();

    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stopCamera(stream);
    };
  }, []);

  // The button pressed to start is gone: focus goes to the control that comes next, so keyboard
  // users are not left at the top of the page.
  useEffect(() => {
    if (state === 'on') stopRef.current?.focus();
    else if (state !== 'starting') closeRef.current?.focus();
  }, [state]);

  if (state !== 'on' && state !== 'starting') {
    const { title, text } = CAMERA_MESSAGES[state];
    return (
      <div className="notice error" role="alert">
        <h3>{title}</h3>
        <p>{text}</p>
        <button ref={closeRef} type="button" className="button secondary" onClick={onStop}>
          Close this message
        </button>
      </div>
    );
  }

  return (
    <div className="scanner">
      <p role="status">
        {state === 'starting'
          ? 'Starting the camera… If the browser asks, allow the camera.'
          : 'The camera is on. Hold each QR code steady in the frame, about a hand’s width away.'}
      </p>
      <div className="scanner-columns">
        <div>
          <div className="scanner-view">
            {/* The view only helps aim the camera; what it reads is listed, and announced, beside it. */}
            <video ref={videoRef} muted playsInline aria-hidden="true" />
          </div>
          <div className="button-group">
            <button ref={stopRef} type="button" className="button secondary" onClick={onStop}>
              Stop the camera
            </button>
          </div>
        </div>
        <div>{children}</div>
      </div>
    </div>
  );
}
