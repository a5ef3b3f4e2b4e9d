import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RenderLater } from '../../src/components/RenderLater';

// A turn is a frame and then a task; with both faked, each can be stepped through by hand.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
});

async function oneTurn() {
  await act(async () => {
    vi.advanceTimersToNextFrame();
    await vi.advanceTimersToNextTimerAsync();
  });
}

const shownParts = () => screen.queryAllByRole('heading').map((h) => h.textContent);

describe('the parts of a long page that follow its first screen', () => {
  it('arrive one a turn, in the order they stand on the page, after the first screen', async () => {
    render(
      <>
        <h1>First screen</h1>
        <RenderLater>
          <h2>Part 1</h2>
        </RenderLater>
        <RenderLater>
          <h2>Part 2</h2>
        </RenderLater>
        <RenderLater>
          <h2>Part 3</h2>
        </RenderLater>
      </>,
    );
    expect(shownParts()).toEqual(['First screen']);
    await oneTurn();
    expect(shownParts()).toEqual(['First screen', 'Part 1']);
    await oneTurn();
    expect(shownParts()).toEqual(['First screen', 'Part 1', 'Part 2']);
    await oneTurn();
    expect(shownParts()).toEqual(['First screen', 'Part 1', 'Part 2', 'Part 3']);
  });

  it('all arrive at once when the page is printed', () => {
    render(
      <>
        <RenderLater>
          <h2>Part 1</h2>
        </RenderLater>
        <RenderLater>
          <h2>Part 2</h2>
        </RenderLater>
      </>,
    );
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(shownParts()).toEqual(['Part 1', 'Part 2']);
  });
});
