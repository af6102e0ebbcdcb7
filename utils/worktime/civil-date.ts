/**
 * Calendar dates without a time zone ('YYYY-MM-DD'), computed by arithmetic only: no Intl, no machine
 * zone. Dates are shifted through UTC midnight, which has no offset and no DST.
 */

export interface CivilDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** Milliseconds in 400 Gregorian years; Date.UTC maps years 0..99 to 1900..1999, so we shift by it. */
const GREGORIAN_CYCLE_MS = 12_622_780_800_000;

/** Epoch ms of a wall-clock reading taken as if it were UTC (minutes may overflow into later days). */
export function wallClockMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  if (year >= 0 && year < 100) return Date.UTC(year + 400, month - 1, day, hour, minute, second) - GREGORIAN_CYCLE_MS;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

export function civilFromWallClockMs(ms: number): CivilDate {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return civilFromWallClockMs(wallClockMs(year, month + 1, 0)).day;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(wallClockMs(year, month, day)).getUTCDay();
}

/** Parses a real calendar date 'YYYY-MM-DD' (rejects '2026-02-30'); null when it is not one. */
export function parseIsoDate(text: string): CivilDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function requireIsoDate(text: string, what = 'date'): CivilDate {
  const parsed = typeof text === 'string' ? parseIsoDate(text) : null;
  if (!parsed) throw new RangeError(`Invalid ${what} "${String(text)}": expected a real date as YYYY-MM-DD`);
  return parsed;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function formatIsoDate({ year, month, day }: CivilDate): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** 'DD.MM.YYYY', the way Russian documents write dates. */
export function formatRussianDate({ year, month, day }: CivilDate): string {
  return `${pad(day, 2)}.${pad(month, 2)}.${pad(year, 4)}`;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return civilFromWallClockMs(wallClockMs(date.year, date.month, date.day) + days * DAY_MS);
}

/** 'HH:MM' for minutes since midnight (1440 → '24:00'). */
export function formatMinutesOfDay(minutes: number): string {
  return `${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}
