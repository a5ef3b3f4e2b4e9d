import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The boxes remembered are the page's: each test starts with a page of its own (fresh modules).
let useChartBox: typeof import('../../src/components/charts/useChartBox').useChartBox;
beforeEach(async () => {
  vi.resetModules();
  ({ useChartBox } = await import('../../src/components/charts/useChartBox'));
});

/** Each render's box width, in order, for the chart named `name`. */
const widths = new Map<string, number[]>();
afterEach(() => {
  widths.clear();
  vi.restoreAllMocks();
});

function Chart({ kind, name }: { kind: string; name: string }) {
  const [ref, box] = useChartBox(kind);
  widths.set(name, [...(widths.get(name) ?? []), box.width]);
  return <div ref={ref} role="img" aria-label={`${name} ${box.width}`} />;
}

/** jsdom lays nothing out: every element reports the width a phone's card would have. */
const cardsAre = (width: number) =>
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);

describe('the box a chart draws in', () => {
  it('is measured before the paint: the first chart of a kind renders again at its width', () => {
    cardsAre(350);
    render(<Chart kind="dots-page" name="first" />);
    expect(widths.get('first')).toEqual([640, 350]);
    expect(screen.getByRole('img', { name: 'first 350' })).toBeInTheDocument();
  });

  it('starts at the box its kind last had, so a later chart of that kind renders once', () => {
    cardsAre(350);
    const { rerender } = render(<Chart kind="dots-page" name="first" />);
    rerender(
      <>
        <Chart kind="dots-page" name="first" />
        <Chart kind="dots-page" name="second" />
        <Chart kind="bars-page" name="other kind" />
      </>,
    );
    expect(widths.get('second')).toEqual([350]);
    // A kind not measured yet starts at the default and is measured as before.
    expect(widths.get('other kind')).toEqual([640, 350]);
  });

  it('is measured again where the guess was wrong: a chart of the kind in a narrower place', () => {
    const width = cardsAre(350);
    const { rerender } = render(<Chart kind="dots-page" name="first" />);
    width.mockReturnValue(300);
    rerender(
      <>
        <Chart kind="dots-page" name="first" />
        <Chart kind="dots-page" name="narrower" />
      </>,
    );
    expect(widths.get('narrower')).toEqual([350, 300]);
  });
});

/**
 * A browser's ResizeObserver, reporting only when told: the first report comes after the frame's
 * layout and before its paint, which `report()` stands in for.
 */
function observerThatReportsWhenTold() {
  const callbacks: (() => void)[] = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly callback: () => void) {}
      observe() {
        callbacks.push(this.callback);
      }
      disconnect() {
        callbacks.splice(callbacks.indexOf(this.callback), 1);
      }
    },
  );
  return { report: () => callbacks.forEach((callback) => callback()) };
}

function PrintedChart({ name }: { name: string }) {
  const [ref, box] = useChartBox('bars-page', 680);
  return (
    <div
      ref={ref}
      role="img"
      aria-label={`${name} ${box.width} at ${box.fontSize} px`}
      style={{ fontSize: '12px' }}
    />
  );
}

describe('the box a chart draws in, where the browser reports boxes', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is not read in the commit, but when the browser reports it, and drawn again at once', () => {
    const { report } = observerThatReportsWhenTold();
    const width = cardsAre(350);
    render(<Chart kind="dots-page" name="first" />);
    // Reading the width in React's commit would make the browser lay the page out there and then.
    expect(width).not.toHaveBeenCalled();
    expect(widths.get('first')).toEqual([640]);
    report();
    // Drawn at its width before the frame is painted: no waiting for React's next turn.
    expect(screen.getByRole('img', { name: 'first 350' })).toBeInTheDocument();
    expect(widths.get('first')).toEqual([640, 350]);
  });

  it('is read at once for a printed chart: the page is printed with no frame to report in', () => {
    observerThatReportsWhenTold();
    render(<PrintedChart name="printed" />);
    expect(screen.getByRole('img', { name: 'printed 680 at 12 px' })).toBeInTheDocument();
  });
});
