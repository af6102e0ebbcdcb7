/**
 * Wall-clock time in an IANA zone ↔ epoch ms, with Intl only. A small local copy of what
 * utils/worktime does, so the content-script bundle does not pull the working-time engine in.
 */

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock shown in `timeZone` at the instant `at`. */
export function wallClockAt(at: number, timeZone: string): WallClock {
  const parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type in parts) parts[part.type as keyof WallClock] = Number(part.value);
  }
  if (parts.hour === 24) parts.hour = 0;
  return parts;
}

function offsetAt(at: number, timeZone: string): number {
  const wall = wallClockAt(at, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - (at - (((at % 1000) + 1000) % 1000));
}

/**
 * The instant at which the wall clock in `timeZone` shows the given time. Day and month overflow
 * like Date.UTC (day 0 is the last day of the previous month). In a DST gap the later offset wins.
 */
export function instantOfWallClock(wall: Omit<WallClock, 'second'> & { second?: number }, timeZone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  let guess = asUtc - offsetAt(asUtc, timeZone);
  const corrected = asUtc - offsetAt(guess, timeZone);
  if (corrected !== guess) guess = corrected;
  return guess;
}

/** True when `timeZone` is a zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
