/**
 * One shared clock for the whole page: every component that shows a countdown calls useNow() and
 * re-renders on the same one-second tick. The timer is module-level: started by the first
 * subscriber, stopped when the last one leaves. Ticks land on whole seconds so countdowns turn
 * over together.
 *
 * This is the page's single source of "now" for display only; logic takes `now` as a parameter.
 */
import { useEffect, useState } from 'preact/hooks';

type Listener = (now: number) => void;

const listeners = new Set<Listener>();
let timer: ReturnType<typeof setTimeout> | undefined;
let lastNow = 0;
let tickStartedAt: number | undefined;

function schedule(): void {
  const now = Date.now();
  timer = setTimeout(tick, 1000 - (now % 1000));
}

function tick(): void {
  tickStartedAt = typeof performance === 'undefined' ? undefined : performance.now();
  lastNow = Date.now();
  for (const listener of listeners) listener(lastNow);
  if (listeners.size > 0) schedule();
  else timer = undefined;
}

/** Subscribes to the shared tick; returns the unsubscribe function. */
export function subscribeNow(listener: Listener): () => void {
  listeners.add(listener);
  if (timer === undefined) schedule();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
}

/** How many components listen, and whether the timer runs (for tests). */
export function nowClockState(): { subscribers: number; running: boolean } {
  return { subscribers: listeners.size, running: timer !== undefined };
}

/** performance.now() when the last tick fired (undefined before the first): a page measures its tick from it. */
export function lastTickStart(): number | undefined {
  return tickStartedAt;
}

/** The current time in epoch ms, updated once a second while the component is mounted. */
export function useNow(): number {
  const [now, setNow] = useState(() => (lastNow && Date.now() - lastNow < 1000 ? lastNow : Date.now()));
  useEffect(() => subscribeNow(setNow), []);
  return now;
}
