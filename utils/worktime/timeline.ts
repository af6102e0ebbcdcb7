/**
 * Arithmetic over a set of half-open intervals [start, end) of epoch ms ("open time"), stored per
 * local year with prefix sums, so every operation is a binary search plus one step per year crossed.
 *
 * Positions: pos(t) is the open time before t. Boundary rules (biz's "treat endpoints consistently"):
 *   add(t, d > 0)  = the EARLIEST instant u with pos(u) = pos(t) + d   → lands on a closing, never on the next opening
 *   sub(t, d > 0)  = the LATEST instant u with pos(u) = pos(t) − d     → lands on an opening, never on the previous closing
 *   next(t)        = t when open, else the next opening                 (add(t, 0))
 *   previous(t)    = t when open or exactly at a closing, else the last closing before t (sub(t, 0))
 * so sub(add(t, d), d) = t for t in [start, end) and add(sub(t, d), d) = t for t in (start, end].
 */

export interface TimelineSource {
  /** Open intervals of the local year, sorted and non-overlapping, within [yearStart(y), yearStart(y + 1)]. */
  intervalsOfYear(year: number): { starts: number[]; ends: number[] };
  /** The instant the local year begins. */
  yearStart(year: number): number;
  /** Years that may differ from the weekly pattern (production data, overrides); null when none. */
  specialYears: { first: number; last: number } | null;
  /** Whether the weekly pattern has open time at all; if not, searches stop outside specialYears. */
  weekHasOpenTime: boolean;
  /** Names what "open" means in error messages, e.g. 'working time'. */
  label: string;
}

interface YearChunk {
  year: number;
  starts: Float64Array;
  ends: Float64Array;
  /** cumEnd[i] = open time in this year up to ends[i]. */
  cumEnd: Float64Array;
  total: number;
}

export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;
const AVERAGE_YEAR_MS = 31_556_952_000;
const CHUNK_CACHE_LIMIT = 64;

export class Timeline {
  private readonly chunks = new Map<number, YearChunk>();
  private readonly totals = new Map<number, number>();
  private readonly yearStarts = new Map<number, number>();

  constructor(private readonly source: TimelineSource) {}

  private yearStart(year: number): number {
    let start = this.yearStarts.get(year);
    if (start === undefined) {
      start = this.source.yearStart(year);
      this.yearStarts.set(year, start);
    }
    return start;
  }

  /** The local year an instant falls in. */
  yearOf(t: number): number {
    let year = 1970 + Math.floor(t / AVERAGE_YEAR_MS);
    if (year >= MIN_YEAR - 1 && year <= MAX_YEAR + 1) {
      while (t < this.yearStart(year)) year--;
      while (t >= this.yearStart(year + 1)) year++;
    }
    if (year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`Instant ${t} is outside the supported years ${MIN_YEAR}–${MAX_YEAR}`);
    return year;
  }

  /** The next year to look at, or a RangeError when there can be no open time that way. */
  private step(year: number, direction: 1 | -1): number {
    const next = year + direction;
    if (next < MIN_YEAR || next > MAX_YEAR) throw new RangeError(`No ${this.source.label} within the supported years ${MIN_YEAR}–${MAX_YEAR}`);
    if (!this.source.weekHasOpenTime) {
      const special = this.source.specialYears;
      const beyond = !special || (direction > 0 ? next > special.last : next < special.first);
      if (beyond) throw new RangeError(`The calendar has no ${this.source.label} ${direction > 0 ? 'after' : 'before'} ${year}: the weekly schedule is empty`);
    }
    return next;
  }

  private chunk(year: number): YearChunk {
    let chunk = this.chunks.get(year);
    if (chunk) return chunk;
    const { starts, ends } = this.source.intervalsOfYear(year);
    const cumEnd = new Float64Array(starts.length);
    let total = 0;
    for (let i = 0; i < starts.length; i++) {
      total += ends[i]! - starts[i]!;
      cumEnd[i] = total;
    }
    chunk = { year, starts: Float64Array.from(starts), ends: Float64Array.from(ends), cumEnd, total };
    if (this.chunks.size >= CHUNK_CACHE_LIMIT) this.chunks.delete(this.chunks.keys().next().value!);
    this.chunks.set(year, chunk);
    this.totals.set(year, total);
    return chunk;
  }

  private total(year: number): number {
    return this.totals.get(year) ?? this.chunk(year).total;
  }

  /** Open time in the chunk's year before t (t must lie in that year). */
  private position(chunk: YearChunk, t: number): number {
    const i = firstAbove(chunk.ends, t);
    if (i === chunk.ends.length) return chunk.total;
    const before = chunk.cumEnd[i]! - (chunk.ends[i]! - chunk.starts[i]!);
    return before + Math.max(0, t - chunk.starts[i]!);
  }

  isOpen(t: number): boolean {
    const chunk = this.chunk(this.yearOf(t));
    const i = firstAbove(chunk.ends, t);
    return i < chunk.ends.length && chunk.starts[i]! <= t;
  }

  next(t: number): number {
    let year = this.yearOf(t);
    let chunk = this.chunk(year);
    const i = firstAbove(chunk.ends, t);
    if (i < chunk.ends.length) return Math.max(t, chunk.starts[i]!);
    do {
      year = this.step(year, 1);
      chunk = this.chunk(year);
    } while (chunk.starts.length === 0);
    return chunk.starts[0]!;
  }

  previous(t: number): number {
    let year = this.yearOf(t);
    let chunk = this.chunk(year);
    const i = firstAbove(chunk.ends, t);
    // Interval i is the first ending after t; when t is inside it, t is open.
    if (i < chunk.ends.length && chunk.starts[i]! < t) return t;
    if (i > 0) return chunk.ends[i - 1]!;
    do {
      year = this.step(year, -1);
      chunk = this.chunk(year);
    } while (chunk.ends.length === 0);
    return chunk.ends[chunk.ends.length - 1]!;
  }

  add(t: number, duration: number): number {
    if (duration === 0) return this.next(t);
    if (duration < 0) return this.subtract(t, -duration);
    let year = this.yearOf(t);
    let target = this.position(this.chunk(year), t) + duration;
    while (target > this.total(year)) {
      target -= this.total(year);
      year = this.step(year, 1);
    }
    const chunk = this.chunk(year);
    const j = firstAtLeast(chunk.cumEnd, target);
    return chunk.ends[j]! - (chunk.cumEnd[j]! - target);
  }

  subtract(t: number, duration: number): number {
    if (duration === 0) return this.previous(t);
    if (duration < 0) return this.add(t, -duration);
    let year = this.yearOf(t);
    let target = this.position(this.chunk(year), t) - duration;
    while (target < 0) {
      year = this.step(year, -1);
      target += this.total(year);
    }
    // 0 ≤ target < total here, so some interval ends after it; the first such one holds the latest
    // instant at that position (an opening when target falls exactly between two intervals).
    const chunk = this.chunk(year);
    const j = firstAbove(chunk.cumEnd, target);
    return chunk.ends[j]! - (chunk.cumEnd[j]! - target);
  }

  /** Open time from a to b; negative when b < a. */
  between(a: number, b: number): number {
    if (b < a) return -this.between(b, a);
    const yearA = this.yearOf(a);
    const yearB = this.yearOf(b);
    let sum = this.position(this.chunk(yearB), b) - this.position(this.chunk(yearA), a);
    for (let year = yearA; year < yearB; year++) sum += this.total(year);
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
