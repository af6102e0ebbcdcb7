/**
 * Instants ↔ wall-clock readings in an IANA time zone, on Intl.DateTimeFormat (the browser's own
 * tzdata). Formatters are cached per zone: constructing one costs far more than using it.
 * Supported years: 1–9999.
 */
import { daysInMonth, formatIsoDate, wallClockMs } from './civil-date';

export interface ZonedParts {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number; // 0..23
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday … 6 = Saturday
}

export interface WallClockTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
/** The shape en-US gives with the options below: "3/9/2026, 07:05:00". */
const FORMATTED = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter) return formatter;
  if (typeof timeZone !== 'string' || timeZone.trim() === '') {
    throw new RangeError('Time zone is missing: expected an IANA id such as "Europe/Moscow"');
  }
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    throw new RangeError(`Unknown time zone "${timeZone}": expected an IANA id such as "Europe/Moscow" or "Asia/Yakutsk"`);
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

/** Throws a RangeError naming the zone when the browser does not know it. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function requireInstant(ms: number): void {
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid instant: ${ms}`);
}

/** The wall-clock reading of an instant in the zone. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  requireInstant(ms);
  const formatter = formatterFor(timeZone);
  const match = FORMATTED.exec(formatter.format(ms));
  let year: number, month: number, day: number, hour: number, minute: number, second: number;
  if (match) {
    [month, day, year, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  } else {
    const parts: Record<string, number> = {};
    for (const part of formatter.formatToParts(ms)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
    ({ year, month, day, hour, minute, second } = parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>);
  }
  const weekday = new Date(wallClockMs(year, month, day)).getUTCDay();
  return { year, month, day, hour, minute, second, weekday };
}

/** How far the zone's wall clock is ahead of UTC at this instant, in ms (Moscow: +3 h). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  return wallClockMs(p.year, p.month, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall-clock reading names in the zone. Where a DST change makes the reading
 * ambiguous, the earlier instant; where it skips the reading, the instant as many minutes after
 * the gap as the reading is into it (Temporal's "compatible" disambiguation). Fields may overflow
 * (hour 24 is the next day's midnight).
 */
export function zonedTimeToInstant(time: WallClockTime, timeZone: string): number {
  const wall = wallClockMs(time.year, time.month, time.day, time.hour, time.minute, time.second ?? 0);
  requireInstant(wall);
  const offsetBefore = zoneOffsetMs(wall - DAY_MS, timeZone);
  const offsetAfter = zoneOffsetMs(wall + DAY_MS, timeZone);
  if (offsetBefore === offsetAfter) return wall - offsetBefore;
  const early = wall - offsetBefore;
  const late = wall - offsetAfter;
  const earlyFits = zoneOffsetMs(early, timeZone) === offsetBefore;
  const lateFits = zoneOffsetMs(late, timeZone) === offsetAfter;
  if (earlyFits && lateFits) return Math.min(early, late);
  if (earlyFits) return early;
  if (lateFits) return late;
  return early;
}

/** 'YYYY-MM-DD' of the instant in the zone. */
export function localDate(ms: number, timeZone: string): string {
  return formatIsoDate(zonedParts(ms, timeZone));
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/;

/** 'YYYY-MM-DD HH:MM' (or with 'T') read in the zone → epoch ms. Handy in tests and fixtures. */
export function parseLocalDateTime(text: string, timeZone: string): number {
  const match = LOCAL_DATE_TIME.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a local date and time as YYYY-MM-DD HH:MM`);
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) {
    throw new RangeError(`"${text}" is not a real local date and time`);
  }
  return zonedTimeToInstant({ year, month, day, hour, minute }, timeZone);
}

/** Epoch ms → 'YYYY-MM-DD HH:MM' in the zone. */
export function formatLocalDateTime(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return `${formatIsoDate(p)} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}
