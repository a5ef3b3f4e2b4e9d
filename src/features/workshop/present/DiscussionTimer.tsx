import { useEffect, useState, type KeyboardEvent } from 'react';
import './timer.css';

const DEFAULT_MINUTES = 5;
const MAX_MINUTES = 60;

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * A silent countdown for the discussion on each slide. Each slide keeps its own time left; moving to
 * another slide pauses the clock. No sound: the room sees "Time is up" and the facilitator decides.
 */
export function DiscussionTimer({ slide }: { slide: number }) {
  const [minutes, setMinutes] = useState(DEFAULT_MINUTES);
  const [left, setLeft] = useState<Record<number, number>>({});
  const [run, setRun] = useState<{ slide: number; endsAt: number } | null>(null);
  const running = run?.slide === slide;
  const remaining = left[slide] ?? minutes * 60;

  useEffect(() => {
    if (!run) return;
    const tick = () => {
      const seconds = Math.max(0, Math.ceil((run.endsAt - Date.now()) / 1000));
      setLeft((l) => ({ ...l, [run.slide]: seconds }));
      if (seconds === 0) setRun(null);
    };
    const id = window.setInterval(tick, 250);
    return () => window.clearInterval(id);
  }, [run]);

  const start = () => setRun({ slide, endsAt: Date.now() + remaining * 1000 });
  const pause = () => setRun(null);
  const forget = () =>
    setLeft((l) => Object.fromEntries(Object.entries(l).filter(([k]) => Number(k) !== slide)));
  const reset = () => {
    setRun(null);
    forget();
  };
  // Arrow keys in the minutes box change the minutes, not the slide.
  const keepKeys = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') event.stopPropagation();
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
        onKeyDown={keepKeys}
        onChange={(e) => {
          const m = Math.round(Number(e.target.value));
          if (m >= 1 && m <= MAX_MINUTES) {
            setMinutes(m);
            if (!running) forget();
          }
        }}
      />
      <span role="timer" className={remaining === 0 ? 'timer-clock done' : 'timer-clock'}>
        <span className="visually-hidden">Time left: </span>
        {clock(remaining)}
      </span>
      {running ? (
        <button type="button" onClick={pause}>
          Pause
        </button>
      ) : (
        remaining > 0 && (
          <button type="button" onClick={start}>
            {remaining < minutes * 60 ? 'Resume' : 'Start'}
          </button>
        )
      )}
      {remaining < minutes * 60 && (
        <button type="button" onClick={reset}>
          Reset
        </button>
      )}
      <span role="status" className="timer-up">
        {remaining === 0 && 'Time is up'}
      </span>
    </div>
  );
}
