/**
 * User Timing entries of the extension pages, read from the page by the e2e test and the browser
 * bench (`performance.getEntriesByName(…)`, times from the navigation):
 * - `otklik:start` (mark): the page's own code starts (its modules are loaded and evaluated);
 * - `otklik:first-rows` (mark): the first rows of the queue are in the DOM;
 * - `otklik:all-rows` (mark): the rows of the whole queue are (filters and search over every case);
 * - `otklik:tick` (measure): one countdown tick, from the shared clock's timer to the committed render.
 */

/** At most this many tick measures are kept (one a second): older ones are dropped. */
const MAX_TICK_MEASURES = 300;
let tickMeasures = 0;

function hasUserTiming(): boolean {
  return typeof performance !== 'undefined' && typeof performance.mark === 'function' && typeof performance.measure === 'function';
}

const marked = new Set<string>();

/** Marks `name` the first time only (a page's first rows happen once). */
export function markOnce(name: string): void {
  if (marked.has(name) || !hasUserTiming()) return;
  marked.add(name);
  performance.mark(name);
}

/** Records one tick's cost: from `start` (performance.now() when the tick fired) to now. */
export function measureTick(start: number | undefined): void {
  if (start === undefined || !hasUserTiming()) return;
  if (++tickMeasures > MAX_TICK_MEASURES) {
    performance.clearMeasures('otklik:tick');
    tickMeasures = 1;
  }
  performance.measure('otklik:tick', { start, end: performance.now() });
}
