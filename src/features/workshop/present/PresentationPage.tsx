import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { paths } from '../../../routing/paths';
import { useWorkshopStore } from '../../../state/workshopStore';
import { useGroupReport } from '../shared/useGroupReport';
import type { Workshop } from '../../../domain/workshop/workshop';
import { RevealGate } from '../shared/RevealGate';
import { DiscussionTimer } from './DiscussionTimer';
import { MoreBelow } from './MoreBelow';
import { SlideView } from './SlideView';
import { slidesFor } from '../../../domain/group/slides';
import './presentation.css';
import './presentationRows.css';
import './presentationFill.css';
import './presentationPhone.css';
import './presentationBars.css';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
/** Keys a box being typed in keeps for itself: a presenter's clicker sends Page Up and Page Down. */
const TYPING_KEYS = new Set(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End']);

/** Typing in a box (the timer's minutes): the caret and the number take the arrow keys there. */
const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type)));

/**
 * Presentation mode for a projector, outside the site layout: large type, high contrast, one section or
 * one discussion prompt a screen. Arrow keys (and a presenter's Page Up/Down) move; Escape leaves. One
 * discussion timer runs across the slides.
 */
export function PresentationPage() {
  const { id } = useParams();
  const workshop = useWorkshopStore((s) => s.workshops.find((w) => w.id === id));
  return (
    <main id="main" className="presentation" tabIndex={-1}>
      {!workshop ? (
        <Message
          title="Workshop not found"
          back={paths.workshops.href()}
          backLabel="See your workshops"
        />
      ) : (
        <RevealGate
          workshop={workshop}
          title="Present the results"
          hidden={
            <Message
              title="The group results are hidden"
              back={paths.workshop.href(workshop.id)}
              backLabel="Back to the workshop, to reveal them"
            />
          }
        >
          <Slides workshop={workshop} />
        </RevealGate>
      )}
    </main>
  );
}

function Message({ title, back, backLabel }: { title: string; back: string; backLabel: string }) {
  return (
    <div className="slide">
      <PageHeading title={title} />
      <p>
        <Link to={back}>{backLabel}</Link>
      </p>
    </div>
  );
}

function Slides({ workshop }: { workshop: Workshop }) {
  const report = useGroupReport(workshop);
  const slides = useMemo(() => slidesFor(report), [report]);
  const [index, setIndex] = useState(0);
  const slideRef = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const leave = useCallback(
    () => navigate(paths.workshopResults.href(workshop.id)),
    [navigate, workshop.id],
  );
  const move = useCallback(
    (by: number) => setIndex((i) => Math.min(slides.length - 1, Math.max(0, i + by))),
    [slides.length],
  );

  // On the window, before anything on the page (capture): the keys change slides wherever focus is,
  // a chart or a button included (issue 25), except arrows, Home and End while typing in a box.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (TYPING_KEYS.has(event.key) && typingIn(event.target)) return;
      if (NEXT.has(event.key)) move(1);
      else if (PREVIOUS.has(event.key)) move(-1);
      else if (event.key === 'Home') setIndex(0);
      else if (event.key === 'End') setIndex(slides.length - 1);
      else if (event.key === 'Escape') leave();
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [move, leave, slides.length]);

  if (report.group.participants === 0) {
    return (
      <Message
        title="No one has answered yet"
        back={paths.workshop.href(workshop.id)}
        backLabel="Back to the workshop"
      />
    );
  }

  return (
    <>
      <div className="slide" ref={slideRef} data-kind={slides[index]!.kind}>
        <SlideView slide={slides[index]!} />
        <MoreBelow slide={slideRef} screen={index} />
      </div>
      <nav className="slide-controls" aria-label="Presentation">
        <button type="button" onClick={() => move(-1)} disabled={index === 0}>
          <span aria-hidden="true">← </span>Previous
        </button>
        <p aria-live="polite">
          Screen {index + 1} of {slides.length}
        </p>
        <button type="button" onClick={() => move(1)} disabled={index === slides.length - 1}>
          Next<span aria-hidden="true"> →</span>
        </button>
        <button type="button" onClick={leave}>
          Leave (Esc)
        </button>
        <DiscussionTimer />
      </nav>
    </>
  );
}
