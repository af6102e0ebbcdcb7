/** How much working time is left before a due moment, and how urgent that is. */
import type { Urgency, WorkClock } from './types';

/** "Soon" = under one WORKING hour left. */
export const SOON_WORKING_MINUTES = 60;

export interface WorkingLeft {
  /** Whole and fractional working minutes: left before `due`, or (when overdue) since `due`. */
  minutes: number;
  /** `now` has reached the due moment. */
  overdue: boolean;
}

/** Working time left before `due` at `now`; once `now` reaches `due`, how far past it. */
export function workingLeft(due: number, now: number, clock: WorkClock): WorkingLeft {
  if (now >= due) return { minutes: clock.workingMinutesBetween(due, now), overdue: true };
  return { minutes: clock.workingMinutesBetween(now, due), overdue: false };
}

export function urgencyOfLeft(left: WorkingLeft): Urgency {
  if (left.overdue) return 'overdue';
  return left.minutes < SOON_WORKING_MINUTES ? 'soon' : 'calm';
}

export function urgencyOf(due: number, now: number, clock: WorkClock): Urgency {
  return urgencyOfLeft(workingLeft(due, now, clock));
}

export interface UrgencyCounts {
  overdue: number;
  soon: number;
}

/**
 * Counts overdue and soon among due moments (each with its clock). The working-time engine is
 * asked only about moments before the clock's one-working-hour horizon, so 10,000 calm cases cost
 * one engine call per clock, not one per case.
 */
export function countUrgency(items: Iterable<{ due: number; clock: WorkClock }>, now: number): UrgencyCounts {
  const horizons = new Map<WorkClock, number>();
  let overdue = 0;
  let soon = 0;
  for (const { due, clock } of items) {
    if (due <= now) {
      overdue++;
      continue;
    }
    let horizon = horizons.get(clock);
    if (horizon === undefined) {
      horizon = clock.addWorkingMinutes(now, SOON_WORKING_MINUTES);
      horizons.set(clock, horizon);
    }
    if (due < horizon && clock.workingMinutesBetween(now, due) < SOON_WORKING_MINUTES) soon++;
  }
  return { overdue, soon };
}

/**
 * countUrgency over a queue whose cases with a due moment come first, by due moment (sortQueue's
 * order; `due` returns undefined for the rest), given every clock the cases use. An overdue case
 * counts even when its clock is unknown (past due is past due). Only the stretch between now and
 * the latest one-working-hour horizon is walked and nothing is allocated per case, so a tick over
 * 10,000 cases stays cheap.
 */
export function countUrgencySorted<T>(
  sorted: readonly T[],
  now: number,
  read: { due: (item: T) => number | undefined; clock: (item: T) => WorkClock | undefined },
  clocks: Iterable<WorkClock>,
): UrgencyCounts {
  let limit = Number.NEGATIVE_INFINITY;
  for (const clock of clocks) limit = Math.max(limit, clock.addWorkingMinutes(now, SOON_WORKING_MINUTES));
  // The overdue head: found by bisection, so 8,000 overdue cases cost a dozen reads per tick.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const due = read.due(sorted[mid]!);
    if (due !== undefined && due <= now) lo = mid + 1;
    else hi = mid;
  }
  const overdue = lo;
  let soon = 0;
  for (let i = lo; i < sorted.length; i++) {
    const item = sorted[i]!;
    const due = read.due(item);
    if (due === undefined || due >= limit) break;
    const clock = read.clock(item);
    if (clock && clock.workingMinutesBetween(now, due) < SOON_WORKING_MINUTES) soon++;
  }
  return { overdue, soon };
}

/**
 * countUrgencySorted when only the head of the sorted open queue is at hand (the first screenful,
 * before every case is read). `complete`: the head is every open case. A count the head cannot
 * establish is 0 — its chip waits for the whole queue rather than show too small a number:
 * overdue, when every case of the head is overdue; «soon», when the head ends before the latest
 * one-working-hour horizon.
 */
export function countUrgencyOfHead<T>(
  head: readonly T[],
  now: number,
  read: { due: (item: T) => number | undefined; clock: (item: T) => WorkClock | undefined },
  clocks: Iterable<WorkClock>,
  complete: boolean,
): UrgencyCounts {
  const counts = countUrgencySorted(head, now, read, clocks);
  if (complete) return counts;
  if (counts.overdue === head.length) return { overdue: 0, soon: 0 };
  let limit = Number.NEGATIVE_INFINITY;
  for (const clock of clocks) limit = Math.max(limit, clock.addWorkingMinutes(now, SOON_WORKING_MINUTES));
  const last = read.due(head[head.length - 1]!);
  return { overdue: counts.overdue, soon: last === undefined || last >= limit ? counts.soon : 0 };
}
