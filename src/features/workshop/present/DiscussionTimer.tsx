import { useEffect, useState } from 'react';
import { chime } from './chime';
import './timer.css';

const DEFAULT_MINUTES = 5;
const MAX_MINUTES = 60;
/** The minutes chosen, for this tab: coming back to the slides keeps them (issue 25). */
const MINUTES_KEY = 'kai.timer-minutes';

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

function savedMinutes(): number {
  try {
    const m = Number(sessionStorage.getItem(MINUTES_KEY));
    return Number.isInteger(m) && m >= 1 && m <= MAX_MINUTES ? m : DEFAULT_MINUTES;
  } catch {
    return DEFAULT_MINUTES;
  }
}

/**
 * One countdown for the discussion, whatever the slide (issue 25): start, pause and reset it; moving
 * between slides leaves it running, so a discussion can go back to a chart. At zero a large "Time is
 * up" covers the top of the screen, readable from the back of the room; silent unless the facilitator
 * ticks "Sound at time up". The facilitator's guide (GuidePage) says the same.
 */
export function DiscussionTimer() {
  const [minutes, setMinutes] = useState(savedMinutes);
  const [left, setLeft] = useState<number | null>(null);
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const [sound, setSound] = useState(false);
  const remaining = left ?? minutes * 60;
  const up = remaining === 0;

  useEffect(() => {
    if (endsAt === null) return;
    const tick = () => {
      const seconds = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
      setLeft(seconds);
      if (seconds === 0) {
        setEndsAt(null);
        if (sound) chime();
      }
    };
    const id = window.setInterval(tick, 250);
    return () => window.clearInterval(id);
  }, [endsAt, sound]);

  const start = () => setEndsAt(Date.now() + remaining * 1000);
  const pause = () => {
    setEndsAt(null);
    setLeft(remaining);
  };
  const reset = () => {
    setEndsAt(null);
    setLeft(null);
  };

  return (
    <div className="discussion-timer" role="group" aria-label="Discussion timer">
      <label htmlFor="timer-minutes">Timer, minutes</label>
      <input
        id="timer-minutes"
        type="number"
        min={1}
        max={MAX_MINUTES}
        value={minutes}
        onChange={(e) => {
          const m = Math.round(Number(e.target.value));
          if (m >= 1 && m <= MAX_MINUTES) {
            setMinutes(m);
            try {
              sessionStorage.setItem(MINUTES_KEY, String(m));
            } catch {
              // Not kept for next time; this presentation still uses it.
            }
            if (endsAt === null) setLeft(null);
          }
        }}
      />
      <span role="timer" className={up ? 'timer-clock done' : 'timer-clock'}>
        <span className="visually-hidden">Time left: </span>
        {clock(remaining)}
      </span>
      {endsAt !== null ? (
        <button type="button" onClick={pause}>
          Pause
        </button>
      ) : (
        !up && (
          <button type="button" onClick={start}>
            {left !== null ? 'Resume' : 'Start'}
          </button>
        )
      )}
      {left !== null && (
        <button type="button" onClick={reset}>
          Reset
        </button>
      )}
      <label className="timer-sound">
        <input type="checkbox" checked={sound} onChange={(e) => setSound(e.target.checked)} />
        Sound at time up
      </label>
      <span role="status" className={up ? 'timer-up shown' : 'timer-up'}>
        {up && 'Time is up'}
      </span>
    </div>
  );
}
