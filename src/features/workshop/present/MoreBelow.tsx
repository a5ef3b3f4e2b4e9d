import { useLayoutEffect, useState, type RefObject } from 'react';
import './moreBelow.css';

/** Whether the slide has more below what is in view; back at the top on every new screen. */
function useMoreBelow(slide: RefObject<HTMLElement | null>, screen: number) {
  const [more, setMore] = useState(false);
  useLayoutEffect(() => {
    const el = slide.current;
    if (!el) return;
    el.scrollTo({ top: 0 });
    // The cue takes no room of its own (styles), so showing it does not change what is below.
    const check = () => setMore(el.scrollTop + el.clientHeight < el.scrollHeight - 4);
    check();
    el.addEventListener('scroll', check, { passive: true });
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(check);
    resized?.observe(el);
    for (const child of el.children) resized?.observe(child);
    return () => {
      el.removeEventListener('scroll', check);
      resized?.disconnect();
    };
  }, [slide, screen]);
  return more;
}

/**
 * On a screen too short for the whole slide (a phone on its side), a cue at the foot of the slide
 * says there is more, and takes the reader down to it; it goes once the end is in view.
 */
export function MoreBelow({
  slide,
  screen,
}: {
  slide: RefObject<HTMLElement | null>;
  screen: number;
}) {
  const more = useMoreBelow(slide, screen);
  if (!more) return null;
  return (
    <div className="slide-more">
      <button
        type="button"
        onClick={() => {
          const el = slide.current!;
          el.scrollBy({ top: el.clientHeight * 0.75, behavior: 'smooth' });
        }}
      >
        More below<span aria-hidden="true"> ↓</span>
      </button>
    </div>
  );
}
