import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A turn is a frame and then a task; with both faked, each can be stepped through by hand.
// The queue of parts is the page's: each test starts with a page of its own (fresh modules).
let RenderLater: typeof import('../../src/components/RenderLater').RenderLater;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
  vi.resetModules();
  ({ RenderLater } = await import('../../src/components/RenderLater'));
});
afterEach(() => {
  vi.useRealTimers();
});

/** Runs what is waiting now (a frame, or a task), not what that schedules in its turn. */
async function oneTurn() {
  await act(async () => {
    await vi.runOnlyPendingTimersAsync();
  });
}

const shownParts = () => screen.queryAllByRole('heading').map((h) => h.textContent);

/** The parts of a page, each waiting in a RenderLater, by the heading each shows when it arrives. */
const parts = (...names: string[]) =>
  names.map((name) => (
    <RenderLater key={name}>
      <h2>{name}</h2>
    </RenderLater>
  ));

describe('the parts of a long page that follow its first screen', () => {
  it('arrive one a task, in the order they stand on the page, after the first screen is painted', async () => {
    render(
      <>
        <h1>First screen</h1>
        {parts('Part 1', 'Part 2', 'Part 3')}
      </>,
    );
    expect(shownParts()).toEqual(['First screen']);
    await oneTurn(); // the frame in which the first screen is painted
    expect(shownParts()).toEqual(['First screen']);
    await oneTurn();
    expect(shownParts()).toEqual(['First screen', 'Part 1']);
    await oneTurn();
    expect(shownParts()).toEqual(['First screen', 'Part 1', 'Part 2']);
    await oneTurn();
    expect(shownParts()).toEqual(['First screen', 'Part 1', 'Part 2', 'Part 3']);
  });

  it('still arrive when a part before them leaves the page first', async () => {
    const page = (withFirst: boolean) => (
      <>{withFirst ? parts('Part 1', 'Part 2', 'Part 3') : parts('Part 2', 'Part 3')}</>
    );
    const { rerender } = render(page(true));
    await oneTurn();
    rerender(page(false));
    for (let turn = 0; turn < 3; turn++) await oneTurn();
    expect(shownParts()).toEqual(['Part 2', 'Part 3']);
  });

  it('all arrive at once when the page is printed', () => {
    render(<>{parts('Part 1', 'Part 2')}</>);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(shownParts()).toEqual(['Part 1', 'Part 2']);
  });
});
