/**
 * Weekly schedules and date overrides: parsing 'HH:MM' intervals and deciding what one local date
 * looks like (the options' `days`, then the federal production calendar, then the weekly schedule).
 * Intervals here are minutes since local midnight; the engine turns them into instants.
 */
import { productionDay } from '../calendar-ru/index';
import { formatIsoDate, formatMinutesOfDay, requireIsoDate, weekdayOf, type CivilDate } from './civil-date';

export type WeekdayKey = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type TimeInterval = [string, string];
export type WeekSchedule = Partial<Record<WeekdayKey, TimeInterval[]>>;
/** [start, end) in minutes since local midnight; end may be 1440 ('24:00'). */
export type MinuteInterval = readonly [number, number];

export type DayKind = 'working' | 'shortened' | 'weekend' | 'holiday' | 'transferredDayOff' | 'workingWeekend';
export type DaySource = 'week' | 'production' | 'override';

export interface DayPlan {
  intervals: readonly MinuteInterval[];
  kind: DayKind;
  source: DaySource;
  note?: string;
}

/** Index = Date#getUTCDay(): 0 = Sunday. */
export const WEEKDAY_KEYS: readonly WeekdayKey[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export const DEFAULT_DAY: readonly TimeInterval[] = [
  ['09:00', '13:00'],
  ['14:00', '18:00'],
];

export const DEFAULT_WEEK: Readonly<WeekSchedule> = {
  mon: [...DEFAULT_DAY],
  tue: [...DEFAULT_DAY],
  wed: [...DEFAULT_DAY],
  thu: [...DEFAULT_DAY],
  fri: [...DEFAULT_DAY],
};

/** ТК РФ ст. 95: a pre-holiday working day is one hour shorter. */
export const PRE_HOLIDAY_CUT_MINUTES = 60;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function parseTimeOfDay(text: string, where: string): number {
  if (text === '24:00') return 1440;
  const match = typeof text === 'string' ? TIME.exec(text) : null;
  if (!match) throw new RangeError(`${where}: "${String(text)}" is not a time of day as HH:MM (00:00–24:00)`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Validates and converts; intervals must be in order and must not overlap (touching ones merge). */
export function parseIntervals(intervals: readonly TimeInterval[], where: string): MinuteInterval[] {
  if (!Array.isArray(intervals)) throw new RangeError(`${where}: expected a list of ['HH:MM', 'HH:MM'] intervals`);
  const out: [number, number][] = [];
  intervals.forEach((interval, i) => {
    if (!Array.isArray(interval) || interval.length !== 2) {
      throw new RangeError(`${where}[${i}]: expected ['HH:MM', 'HH:MM']`);
    }
    const start = parseTimeOfDay(interval[0], `${where}[${i}]`);
    const end = parseTimeOfDay(interval[1], `${where}[${i}]`);
    if (end <= start) throw new RangeError(`${where}[${i}]: ${interval[0]}–${interval[1]} ends before it starts`);
    const last = out[out.length - 1];
    if (last && start < last[1]) throw new RangeError(`${where}[${i}]: ${interval[0]}–${interval[1]} overlaps or precedes the interval before it`);
    if (last && start === last[1]) last[1] = end;
    else out.push([start, end]);
  });
  return out;
}

export function formatIntervals(intervals: readonly MinuteInterval[]): TimeInterval[] {
  return intervals.map(([start, end]) => [formatMinutesOfDay(start), formatMinutesOfDay(end)]);
}

export function minutesIn(intervals: readonly MinuteInterval[]): number {
  return intervals.reduce((sum, [start, end]) => sum + end - start, 0);
}

/** Cuts `minutes` off the end of the day, across intervals when the last one is shorter. */
export function shortenDay(intervals: readonly MinuteInterval[], minutes = PRE_HOLIDAY_CUT_MINUTES): MinuteInterval[] {
  const out = intervals.map(([start, end]) => [start, end] as [number, number]);
  let left = minutes;
  while (left > 0 && out.length > 0) {
    const last = out[out.length - 1]!;
    const cut = Math.min(left, last[1] - last[0]);
    last[1] -= cut;
    left -= cut;
    if (last[1] === last[0]) out.pop();
  }
  return out;
}

export interface SchedulePlannerOptions {
  week?: WeekSchedule;
  days?: Record<string, TimeInterval[]>;
  production: boolean;
}

/** Decides each local date's working intervals; pure arithmetic, no time zone involved. */
export class SchedulePlanner {
  /** Index = weekday (0 = Sunday). */
  readonly week: readonly (readonly MinuteInterval[])[];
  private readonly overrides = new Map<string, MinuteInterval[]>();
  private readonly production: boolean;
  /** The schedule a working weekend day or a shortened day starts from when its own weekday is off. */
  private readonly fallbackDay: readonly MinuteInterval[];
  /** Years with a date override; outside them and the production years only the week applies. */
  readonly overrideYears: { first: number; last: number } | null = null;

  constructor(options: SchedulePlannerOptions) {
    const week = options.week ?? DEFAULT_WEEK;
    if (typeof week !== 'object' || week === null) throw new RangeError('week: expected an object keyed by mon…sun');
    for (const key of Object.keys(week)) {
      if (!WEEKDAY_KEYS.includes(key as WeekdayKey)) throw new RangeError(`week: unknown weekday "${key}" (expected mon, tue, wed, thu, fri, sat, sun)`);
    }
    this.week = WEEKDAY_KEYS.map((key) => parseIntervals(week[key] ?? [], `week.${key}`));
    this.production = options.production;
    const friday = this.week[5]!;
    this.fallbackDay = friday.length > 0 ? friday : parseIntervals(DEFAULT_DAY, 'default day');
    let first = Infinity;
    let last = -Infinity;
    for (const [date, intervals] of Object.entries(options.days ?? {})) {
      const { year } = requireIsoDate(date, `days key`);
      this.overrides.set(date, parseIntervals(intervals, `days['${date}']`));
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
    if (this.overrides.size > 0) this.overrideYears = { first, last };
  }

  /** True when the weekly schedule itself has working time (so every year has some). */
  get weekHasWorkingTime(): boolean {
    return this.week.some((day) => day.length > 0);
  }

  plan(date: CivilDate): DayPlan {
    const iso = formatIsoDate(date);
    const weekday = weekdayOf(date.year, date.month, date.day);
    const weekly = this.week[weekday]!;
    const federal = this.production ? productionDay(iso) : undefined;
    const override = this.overrides.get(iso);
    if (override) return this.planOverride(override, weekly, federal?.note);
    if (federal) {
      switch (federal.kind) {
        case 'holiday':
        case 'transferredDayOff':
          return { intervals: [], kind: federal.kind, source: 'production', note: federal.note };
        case 'workingWeekend': {
          const base = weekly.length > 0 ? weekly : this.fallbackDay;
          const intervals = federal.shortened ? shortenDay(base) : base;
          return { intervals, kind: 'workingWeekend', source: 'production', note: federal.note };
        }
        case 'shortened':
          if (weekly.length > 0) return { intervals: shortenDay(weekly), kind: 'shortened', source: 'production', note: federal.note };
          return { intervals: [], kind: 'weekend', source: 'week' };
      }
    }
    return weekly.length > 0 ? { intervals: weekly, kind: 'working', source: 'week' } : { intervals: [], kind: 'weekend', source: 'week' };
  }

  private planOverride(intervals: MinuteInterval[], weekly: readonly MinuteInterval[], federalNote: string | undefined): DayPlan {
    const was = federalNote ? ` (по федеральному календарю: ${federalNote})` : '';
    const note = `Задано в настройках${was}`;
    let kind: DayKind;
    if (intervals.length === 0) kind = weekly.length === 0 ? 'weekend' : 'holiday';
    else if (weekly.length === 0) kind = 'workingWeekend';
    else kind = minutesIn(intervals) < minutesIn(weekly) ? 'shortened' : 'working';
    return { intervals, kind, source: 'override', note };
  }
}
