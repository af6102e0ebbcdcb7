/**
 * The working-time engine. Everything runs in the calendar's IANA zone, never the machine's.
 *
 * Rules at the edges (each has a test in calendar.test.ts):
 * - Working intervals are half-open: 09:00 is working, 18:00 is not.
 * - Whole minutes: a start's seconds are dropped (12:50:59 counts from 12:50).
 * - addWorkingMinutes(t, n > 0): a start outside working time starts at the next opening; lunch
 *   breaks and days off are skipped; a result landing exactly on a closing IS that closing (18:00,
 *   not the next morning's 09:00).
 * - subtractWorkingMinutes(t, n > 0) mirrors it: a result landing exactly on an opening IS that
 *   opening (09:00, not the previous evening's 18:00). So subtract(add(t, n), n) = t for t in
 *   working time including an opening, and add(subtract(t, n), n) = t for t in working time or
 *   exactly at a closing.
 * - addWorkingMinutes(t, 0) = nextWorkingTime(t) (biz: time(0).after(t) is the next business
 *   instant): a zero-length span started at night is due at the next opening, not in the past.
 *   subtractWorkingMinutes(t, 0) = t when t is working or exactly a closing, else the last closing
 *   before t. Negative minutes delegate to the other direction.
 * - workingMinutesBetween(a, b) = −workingMinutesBetween(b, a); both ends floored to the minute.
 * - addWorkingDays(t, n): counting starts the day after t's local date (ГК РФ ст. 191); the result is
 *   the closing time of the n-th working day. n = 0: t's own day when it is a working day, else the
 *   next working day (ст. 193). Negative n counts back (closing of the n-th working day before).
 * - addCalendarMinutesSkippingNonWorkingDays(t, n): wall-clock time that runs through all 24 hours
 *   of every day with working time and stops on days without any (weekends, holidays, transferred
 *   days off, `days` overrides set to []). A start on a non-working day starts at 00:00 of the next
 *   working day (the night before a working day counts; the non-working day does not).
 * - Shortened pre-holiday days lose one hour from the end of the day (ТК РФ ст. 95), whatever the
 *   `week`; a working weekend day works the `week`'s own intervals for that weekday if it has any,
 *   else Friday's, else the default day, shortened when it is pre-holiday.
 * - `days` overrides win over the federal calendar. Outside the production years the `week` alone
 *   applies and isProvisional() is true (before the first year too: no decree data either way).
 * - describeDay().minutes is wall-clock minutes of the listed intervals; on a DST change day (not in
 *   Russia since 2014) the engine counts the real elapsed time instead.
 * - Spans are limited to a century (MAX_SPAN_MINUTES, MAX_SPAN_DAYS) and years to 1–9999; an
 *   empty `week` beyond the data years throws a RangeError instead of searching forever.
 */
export { createWorkCalendar, MAX_SPAN_DAYS, MAX_SPAN_MINUTES } from './calendar';
export type { DayInfo, InstantInput, WorkCalendar, WorkCalendarOptions } from './calendar';
export { DEFAULT_DAY, DEFAULT_WEEK, parseIntervals, parseTimeOfDay, shortenDay } from './schedule';
export type { DayKind, DaySource, TimeInterval, WeekSchedule, WeekdayKey } from './schedule';
export { assertTimeZone, formatLocalDateTime, isValidTimeZone, localDate, parseLocalDateTime, zoneOffsetMs, zonedParts, zonedTimeToInstant } from './zone';
export type { WallClockTime, ZonedParts } from './zone';
export { RUSSIAN_TIME_ZONES } from './russian-zones';
export type { RussianTimeZone } from './russian-zones';
