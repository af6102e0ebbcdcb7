/**
 * Arithmetic over a set of half-open intervals [start, end) of epoch ms ("open time"), stored per
 * local month with prefix sums, so every operation is a binary search plus one step per month
 * crossed. Months, not years: a page's first countdown builds one month of intervals (~30 days)
 * instead of a whole year (~365), which is most of a cold popup's calendar cost.
 *
 * Positions: pos(t) is the open time before t. Boundary rules (biz's "treat endpoints consistently"):
 *   add(t, d > 0)  = the EARLIEST instant u with pos(u) = pos(t) + d   → lands on a closing, never on the next opening
 *   sub(t, d > 0)  = the LATEST instant u with pos(u) = pos(t) − d     → lands on an opening, never on the previous closing
 *   next(t)        = t when open, else the next opening                 (add(t, 0))
 *   previous(t)    = t when open or exactly at a closing, else the last closing before t (sub(t, 0))
 * so sub(add(t, d), d) = t for t in [start, end) and add(sub(t, d), d) = t for t in (start, end].
 */

export interface TimelineSource {
  /** Open intervals of the local month (1–12), sorted and non-overlapping, within [monthStart(y, m), the next month's start]. */
  intervalsOfMonth(year: number, month: number): { starts: number[]; ends: number[] };
  /** The instant the local month begins. */
  monthStart(year: number, month: number): number;
  /** Years that may differ from the weekly pattern (production data, overrides); null when none. */
  specialYears: { first: number; last: number } | null;
  /** Whether the weekly pattern has open time at all; if not, searches stop outside specialYears. */
  weekHasOpenTime: boolean;
  /** Names what "open" means in error messages, e.g. 'working time'. */
  label: string;
}

/** One local month's intervals; `period` = year × 12 + month − 1. */
interface MonthChunk {
  period: number;
  starts: Float64Array;
  ends: Float64Array;
  /** cumEnd[i] = open time in this month up to ends[i]. */
  cumEnd: Float64Array;
  total: number;
}

export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;
const MIN_PERIOD = MIN_YEAR * 12;
const MAX_PERIOD = MAX_YEAR * 12 + 11;
const AVERAGE_MONTH_MS = 31_556_952_000 / 12;
const CHUNK_CACHE_LIMIT = 64 * 12;

const yearOfPeriod = (period: number) => Math.floor(period / 12);

export class Timeline {
  private readonly chunks = new Map<number, MonthChunk>();
  private readonly totals = new Map<number, number>();
  private readonly periodStarts = new Map<number, number>();

  constructor(private readonly source: TimelineSource) {}

  private periodStart(period: number): number {
    let start = this.periodStarts.get(period);
    if (start === undefined) {
      start = this.source.monthStart(yearOfPeriod(period), (period % 12) + 1);
      this.periodStarts.set(period, start);
    }
    return start;
  }

  /** The local month an instant falls in, as year × 12 + month − 1. */
  private periodOf(t: number): number {
    let period = 1970 * 12 + Math.floor(t / AVERAGE_MONTH_MS);
    if (period >= MIN_PERIOD - 1 && period <= MAX_PERIOD + 1) {
      while (t < this.periodStart(period)) period--;
      while (t >= this.periodStart(period + 1)) period++;
    }
    if (period < MIN_PERIOD || period > MAX_PERIOD) throw new RangeError(`Instant ${t} is outside the supported years ${MIN_YEAR}–${MAX_YEAR}`);
    return period;
  }

  /** The local year an instant falls in. */
  yearOf(t: number): number {
    return yearOfPeriod(this.periodOf(t));
  }

  /** The next month to look at, or a RangeError when there can be no open time that way. */
  private step(period: number, direction: 1 | -1): number {
    const next = period + direction;
    if (next < MIN_PERIOD || next > MAX_PERIOD) throw new RangeError(`No ${this.source.label} within the supported years ${MIN_YEAR}–${MAX_YEAR}`);
    if (!this.source.weekHasOpenTime) {
      const special = this.source.specialYears;
      const year = yearOfPeriod(next);
      const beyond = !special || (direction > 0 ? year > special.last : year < special.first);
      if (beyond) throw new RangeError(`The calendar has no ${this.source.label} ${direction > 0 ? 'after' : 'before'} ${yearOfPeriod(period)}: the weekly schedule is empty`);
    }
    return next;
  }

  private chunk(period: number): MonthChunk {
    let chunk = this.chunks.get(period);
    if (chunk) return chunk;
    const { starts, ends } = this.source.intervalsOfMonth(yearOfPeriod(period), (period % 12) + 1);
    const cumEnd = new Float64Array(starts.length);
    let total = 0;
    for (let i = 0; i < starts.length; i++) {
      total += ends[i]! - starts[i]!;
      cumEnd[i] = total;
    }
    chunk = { period, starts: Float64Array.from(starts), ends: Float64Array.from(ends), cumEnd, total };
    if (this.chunks.size >= CHUNK_CACHE_LIMIT) this.chunks.delete(this.chunks.keys().next().value!);
    this.chunks.set(period, chunk);
    this.totals.set(period, total);
    return chunk;
  }

  private total(period: number): number {
    return this.totals.get(period) ?? this.chunk(period).total;
  }

  /** Open time in the chunk's month before t (t must lie in that month). */
  private position(chunk: MonthChunk, t: number): number {
    const i = firstAbove(chunk.ends, t);
    if (i === chunk.ends.length) return chunk.total;
    const before = chunk.cumEnd[i]! - (chunk.ends[i]! - chunk.starts[i]!);
    return before + Math.max(0, t - chunk.starts[i]!);
  }

  isOpen(t: number): boolean {
    const chunk = this.chunk(this.periodOf(t));
    const i = firstAbove(chunk.ends, t);
    return i < chunk.ends.length && chunk.starts[i]! <= t;
  }

  next(t: number): number {
    let period = this.periodOf(t);
    let chunk = this.chunk(period);
    const i = firstAbove(chunk.ends, t);
    if (i < chunk.ends.length) return Math.max(t, chunk.starts[i]!);
    do {
      period = this.step(period, 1);
      chunk = this.chunk(period);
    } while (chunk.starts.length === 0);
    return chunk.starts[0]!;
  }

  previous(t: number): number {
    let period = this.periodOf(t);
    let chunk = this.chunk(period);
    const i = firstAbove(chunk.ends, t);
    // Interval i is the first ending after t; when t is inside it, t is open.
    if (i < chunk.ends.length && chunk.starts[i]! < t) return t;
    if (i > 0) return chunk.ends[i - 1]!;
    do {
      period = this.step(period, -1);
      chunk = this.chunk(period);
    } while (chunk.ends.length === 0);
    return chunk.ends[chunk.ends.length - 1]!;
  }

  add(t: number, duration: number): number {
    if (duration === 0) return this.next(t);
    if (duration < 0) return this.subtract(t, -duration);
    let period = this.periodOf(t);
    let target = this.position(this.chunk(period), t) + duration;
    while (target > this.total(period)) {
      target -= this.total(period);
      period = this.step(period, 1);
    }
    const chunk = this.chunk(period);
    const j = firstAtLeast(chunk.cumEnd, target);
    return chunk.ends[j]! - (chunk.cumEnd[j]! - target);
  }

  subtract(t: number, duration: number): number {
    if (duration === 0) return this.previous(t);
    if (duration < 0) return this.add(t, -duration);
    let period = this.periodOf(t);
    let target = this.position(this.chunk(period), t) - duration;
    while (target < 0) {
      period = this.step(period, -1);
      target += this.total(period);
    }
    // 0 ≤ target < total here, so some interval ends after it; the first such one holds the latest
    // instant at that position (an opening when target falls exactly between two intervals).
    const chunk = this.chunk(period);
    const j = firstAbove(chunk.cumEnd, target);
    return chunk.ends[j]! - (chunk.cumEnd[j]! - target);
  }

  /** Open time from a to b; negative when b < a. */
  between(a: number, b: number): number {
    if (b < a) return -this.between(b, a);
    const periodA = this.periodOf(a);
    const periodB = this.periodOf(b);
    let sum = this.position(this.chunk(periodB), b) - this.position(this.chunk(periodA), a);
    for (let period = periodA; period < periodB; period++) sum += this.total(period);
    return sum;
  }
}

/** First index i with values[i] > x (values ascending); values.length when none. */
function firstAbove(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First index i with values[i] >= x (values ascending); values.length when none. */
function firstAtLeast(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
