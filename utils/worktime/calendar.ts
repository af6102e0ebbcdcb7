/**
 * createWorkCalendar: working-time arithmetic in an administration's IANA zone over its weekly
 * schedule, the Russian federal production calendar and its own date overrides. See index.ts for
 * the rules at the edges (closing times, openings, zero spans, non-working-day starts).
 */
import { PRODUCTION_COVERAGE, PRODUCTION_YEARS } from '../calendar-ru/index';
import { addDays, daysInMonth, requireIsoDate, wallClockMs, type CivilDate } from './civil-date';
import { SchedulePlanner, formatIntervals, minutesIn, type DayKind, type DaySource, type TimeInterval, type WeekSchedule } from './schedule';
import { MAX_YEAR, MIN_YEAR, Timeline } from './timeline';
import { assertTimeZone, zoneOffsetMs, zonedParts, zonedTimeToInstant } from './zone';

export interface WorkCalendarOptions {
  /** IANA id, e.g. 'Asia/Yakutsk'. */
  timeZone: string;
  /** Default Mon–Fri 09:00–13:00 and 14:00–18:00; a weekday absent from a given `week` is a day off. */
  week?: WeekSchedule;
  /** 'YYYY-MM-DD' → that day's intervals; [] is a day off. Wins over the federal calendar. */
  days?: Record<string, TimeInterval[]>;
  /** Default 'ru': the Russian federal production calendar. */
  production?: 'ru' | false;
}

export interface DayInfo {
  date: string;
  intervals: TimeInterval[];
  minutes: number;
  kind: DayKind;
  source: DaySource;
  note?: string;
}

/** Instants may be given as Date or epoch ms; results are Dates. */
export type InstantInput = Date | number;

export interface WorkCalendar {
  readonly timeZone: string;
  addWorkingMinutes(from: InstantInput, minutes: number): Date;
  subtractWorkingMinutes(from: InstantInput, minutes: number): Date;
  workingMinutesBetween(from: InstantInput, to: InstantInput): number;
  isWorkingTime(at: InstantInput): boolean;
  nextWorkingTime(at: InstantInput): Date;
  addWorkingDays(from: InstantInput, days: number): Date;
  addCalendarMinutesSkippingNonWorkingDays(from: InstantInput, minutes: number): Date;
  isWorkingDay(date: string): boolean;
  describeDay(date: string): DayInfo;
  isProvisional(at: InstantInput): boolean;
  readonly coverage: { from: string; to: string };
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** A span longer than a century cannot be a deadline; refusing it keeps every call short. */
export const MAX_SPAN_MINUTES = 100 * 366 * 1440;
export const MAX_SPAN_DAYS = 100 * 366;

function toMs(at: InstantInput, what: string): number {
  const ms = at instanceof Date ? at.getTime() : at;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) throw new RangeError(`${what}: expected a valid Date or epoch ms, got ${String(at)}`);
  return ms;
}

function requireWhole(value: number, limit: number, what: string): number {
  if (!Number.isInteger(value)) throw new RangeError(`${what}: expected a whole number, got ${value}`);
  if (Math.abs(value) > limit) throw new RangeError(`${what}: ${value} is beyond the supported span of ${limit}`);
  return value;
}

const floorToMinute = (ms: number) => Math.floor(ms / MINUTE_MS) * MINUTE_MS;

export function createWorkCalendar(options: WorkCalendarOptions): WorkCalendar {
  if (typeof options !== 'object' || options === null) throw new RangeError('createWorkCalendar: options are required');
  const { timeZone } = options;
  assertTimeZone(timeZone);
  const production = (options.production ?? 'ru') === 'ru';
  if (options.production !== undefined && options.production !== 'ru' && options.production !== false) {
    throw new RangeError(`production: expected 'ru' or false, got ${String(options.production)}`);
  }
  const planner = new SchedulePlanner({ week: options.week, days: options.days, production });
  const productionYears = production ? { first: PRODUCTION_YEARS[0]!.year, last: PRODUCTION_YEARS[PRODUCTION_YEARS.length - 1]!.year } : null;
  const specialYears = unionYears(productionYears, planner.overrideYears);

  // The zone's offset for a whole local month when it does not change within it (every Russian
  // zone since 2016), else null and each boundary goes through Intl.
  const monthOffsets = new Map<number, number | null>();
  function constantOffset(year: number, month: number): number | null {
    const key = year * 12 + month - 1;
    if (monthOffsets.has(key)) return monthOffsets.get(key)!;
    const from = wallClockMs(year, month, 1) - DAY_MS;
    const to = (month === 12 ? wallClockMs(year + 1, 1, 1) : wallClockMs(year, month + 1, 1)) + DAY_MS;
    const first = zoneOffsetMs(from, timeZone);
    let offset: number | null = first;
    for (let t = from + WEEK_MS; offset !== null && t < to + WEEK_MS; t += WEEK_MS) {
      if (zoneOffsetMs(Math.min(t, to), timeZone) !== first) offset = null;
    }
    monthOffsets.set(key, offset);
    return offset;
  }
  function toInstant(date: CivilDate, minutes: number, offset: number | null): number {
    if (offset !== null) return wallClockMs(date.year, date.month, date.day) + minutes * MINUTE_MS - offset;
    return zonedTimeToInstant({ year: date.year, month: date.month, day: date.day, hour: 0, minute: minutes }, timeZone);
  }
  const monthStart = (year: number, month: number) => zonedTimeToInstant({ year, month, day: 1, hour: 0, minute: 0 }, timeZone);

  /** A timeline whose intervals are each day's `intervalsOfDay` (minutes from local midnight). */
  function timelineOf(label: string, intervalsOfDay: (date: CivilDate) => ReadonlyArray<readonly [number, number]>): Timeline {
    return new Timeline({
      label,
      monthStart,
      specialYears,
      weekHasOpenTime: planner.weekHasWorkingTime,
      intervalsOfMonth(year, month) {
        const offset = constantOffset(year, month);
        const starts: number[] = [];
        const ends: number[] = [];
        const last = daysInMonth(year, month);
        for (let day = 1; day <= last; day++) {
          const date = { year, month, day };
          for (const [start, end] of intervalsOfDay(date)) append(starts, ends, toInstant(date, start, offset), toInstant(date, end, offset));
        }
        return { starts, ends };
      },
    });
  }
  const WHOLE_DAY = [[0, 1440]] as const;
  const working = timelineOf('working time', (date) => planner.plan(date).intervals);
  const workingDays = timelineOf('working day', (date) => (planner.plan(date).intervals.length > 0 ? WHOLE_DAY : []));

  const isWorkingDate = (date: CivilDate) => planner.plan(date).intervals.length > 0;

  function addWorkingDays(from: InstantInput, days: number): Date {
    requireWhole(days, MAX_SPAN_DAYS, 'days');
    let date: CivilDate = zonedParts(toMs(from, 'from'), timeZone);
    const direction: 1 | -1 = days < 0 ? -1 : 1;
    let left = Math.abs(days);
    if (left === 0 && !isWorkingDate(date)) left = 1; // ГК РФ ст. 193: a deadline on a non-working day moves to the next working day
    while (left > 0) {
      date = addDays(date, direction);
      if (date.year < MIN_YEAR || date.year > MAX_YEAR) throw new RangeError(`No working day within the supported years ${MIN_YEAR}–${MAX_YEAR}`);
      if (!planner.weekHasWorkingTime && beyond(specialYears, date.year, direction)) {
        throw new RangeError(`The calendar has no working days ${direction > 0 ? 'after' : 'before'} ${date.year}: the weekly schedule is empty`);
      }
      if (isWorkingDate(date)) left--;
    }
    const intervals = planner.plan(date).intervals;
    return new Date(toInstant(date, intervals[intervals.length - 1]![1], constantOffset(date.year, date.month)));
  }

  // Without the production calendar every day is known from the week alone.
  const coverage = production ? { ...PRODUCTION_COVERAGE } : { from: `${String(MIN_YEAR).padStart(4, '0')}-01-01`, to: `${MAX_YEAR}-12-31` };

  return {
    timeZone,
    coverage,
    addWorkingMinutes(from, minutes) {
      requireWhole(minutes, MAX_SPAN_MINUTES, 'minutes');
      return new Date(working.add(floorToMinute(toMs(from, 'from')), minutes * MINUTE_MS));
    },
    subtractWorkingMinutes(from, minutes) {
      requireWhole(minutes, MAX_SPAN_MINUTES, 'minutes');
      return new Date(working.subtract(floorToMinute(toMs(from, 'from')), minutes * MINUTE_MS));
    },
    workingMinutesBetween(from, to) {
      const ms = working.between(floorToMinute(toMs(from, 'from')), floorToMinute(toMs(to, 'to')));
      return ms / MINUTE_MS + 0; // + 0 turns -0 into 0
    },
    isWorkingTime: (at) => working.isOpen(toMs(at, 'at')),
    nextWorkingTime: (at) => new Date(working.next(toMs(at, 'at'))),
    addWorkingDays,
    addCalendarMinutesSkippingNonWorkingDays(from, minutes) {
      requireWhole(minutes, MAX_SPAN_MINUTES, 'minutes');
      return new Date(workingDays.add(floorToMinute(toMs(from, 'from')), minutes * MINUTE_MS));
    },
    isWorkingDay: (date) => isWorkingDate(requireIsoDate(date)),
    describeDay(date) {
      const plan = planner.plan(requireIsoDate(date));
      const info: DayInfo = { date, intervals: formatIntervals(plan.intervals), minutes: minutesIn(plan.intervals), kind: plan.kind, source: plan.source };
      if (plan.note) info.note = plan.note;
      return info;
    },
    isProvisional(at) {
      if (!productionYears) return false;
      return outside(productionYears, working.yearOf(toMs(at, 'at')));
    },
  };
}

/**
 * Appends [start, end) keeping the list sorted and disjoint: touching intervals merge, and a piece
 * that a DST change folds back onto time already listed (an interval inside a skipped hour) is cut.
 */
function append(starts: number[], ends: number[], start: number, end: number): void {
  const lastEnd = ends.length > 0 ? ends[ends.length - 1]! : -Infinity;
  const from = Math.max(start, lastEnd);
  if (end <= from) return;
  if (from === lastEnd) ends[ends.length - 1] = end;
  else {
    starts.push(from);
    ends.push(end);
  }
}

type YearRange = { first: number; last: number } | null;

function unionYears(a: YearRange, b: YearRange): YearRange {
  if (!a) return b;
  if (!b) return a;
  return { first: Math.min(a.first, b.first), last: Math.max(a.last, b.last) };
}

/** Past the range in the direction of travel (or no range at all). */
function beyond(range: YearRange, year: number, direction: 1 | -1): boolean {
  return !range || (direction > 0 ? year > range.last : year < range.first);
}

function outside(range: YearRange, year: number): boolean {
  return !range || year < range.first || year > range.last;
}
