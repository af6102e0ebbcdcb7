/**
 * The work calendar of a regulation: its time zone and weekly schedule over the Russian production
 * calendar, plus the administration's own date overrides (regional holidays, local changes).
 * Building one precomputes its days, so calendars are cached by regulation id and a hash of what
 * they are built from; a changed schedule or override gives a new calendar.
 */
import type { Regulation } from '../../regulation';
import { createWorkCalendar, type WorkCalendar } from '../../worktime';

export type CalendarOverrides = Readonly<Record<string, ReadonlyArray<readonly [string, string]>>>;

const CACHE_SIZE = 32;
const cache = new Map<string, WorkCalendar>();

/** JSON with object keys sorted, so equal data always gives equal text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** 32-bit FNV-1a, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A short hash of any JSON-like value, equal for equal data whatever the key order. */
export function stableHash(value: unknown): string {
  return fnv1a(stableJson(value));
}

export function calendarCacheKey(regulation: Pick<Regulation, 'id' | 'timeZone' | 'week'>, overrides: CalendarOverrides = {}): string {
  return `${regulation.id}:${stableHash({ timeZone: regulation.timeZone, week: regulation.week, overrides })}`;
}

export function calendarFor(regulation: Pick<Regulation, 'id' | 'timeZone' | 'week'>, overrides: CalendarOverrides = {}): WorkCalendar {
  const key = calendarCacheKey(regulation, overrides);
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key); // most recently used goes last
    cache.set(key, cached);
    return cached;
  }
  const days = Object.fromEntries(Object.entries(overrides).map(([date, intervals]) => [date, intervals.map(([from, to]) => [from, to] as [string, string])]));
  const week = Object.fromEntries(Object.entries(regulation.week).map(([day, intervals]) => [day, intervals!.map(([from, to]) => [from, to] as [string, string])]));
  const calendar = createWorkCalendar({ timeZone: regulation.timeZone, week, days, production: 'ru' });
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, calendar);
  return calendar;
}
