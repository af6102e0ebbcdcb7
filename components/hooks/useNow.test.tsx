// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nowClockState, useNow } from './useNow';

let root: HTMLElement;
let renders: Record<string, number[]>;

function Clock({ name }: { name: string }) {
  const now = useNow();
  (renders[name] ??= []).push(now);
  return <span>{now}</span>;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 10, 23, 9, 0, 0, 400));
  root = document.createElement('div');
  renders = {};
});
afterEach(() => {
  act(() => render(null, root));
  vi.useRealTimers();
});

describe('useNow', () => {
  it('shares one timer between subscribers, ticking on whole seconds, and stops with the last one', () => {
    act(() =>
      render(
        <>
          <Clock name="a" />
          <Clock name="b" />
        </>,
        root,
      ),
    );
    expect(nowClockState()).toEqual({ subscribers: 2, running: true });
    expect(vi.getTimerCount()).toBe(1);
    act(() => {
      vi.advanceTimersByTime(600);
    });
    expect(renders.a!.at(-1)).toBe(Date.UTC(2026, 10, 23, 9, 0, 1, 0));
    expect(renders.b!.at(-1)).toBe(renders.a!.at(-1));
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(renders.a!.at(-1)).toBe(Date.UTC(2026, 10, 23, 9, 0, 4, 0));
    expect(vi.getTimerCount()).toBe(1);
    act(() => render(null, root));
    expect(nowClockState()).toEqual({ subscribers: 0, running: false });
    expect(vi.getTimerCount()).toBe(0);
  });
});
