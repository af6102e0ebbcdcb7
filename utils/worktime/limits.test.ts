/** Coverage, provisional deadlines, far spans, bad input and zones with DST. */
import { describe, expect, it } from 'vitest';
import { createWorkCalendar, MAX_SPAN_MINUTES } from './index';
import { formatLocalDateTime, parseLocalDateTime } from './zone';

const MOSCOW = 'Europe/Moscow';
const at = (text: string, zone = MOSCOW) => new Date(parseLocalDateTime(text, zone));
const show = (d: Date, zone = MOSCOW) => formatLocalDateTime(d.getTime(), zone);
const moscow = createWorkCalendar({ timeZone: MOSCOW });

describe('coverage and provisional deadlines', () => {
  it('covers the production years', () => {
    expect(moscow.coverage).toEqual({ from: '2024-01-01', to: '2027-12-31' });
    expect(moscow.timeZone).toBe(MOSCOW);
  });

  it('is provisional outside them, judged by the local date in the calendar’s zone', () => {
    expect(moscow.isProvisional(at('2027-12-31 23:59'))).toBe(false);
    expect(moscow.isProvisional(at('2028-01-01 00:00'))).toBe(true);
    expect(moscow.isProvisional(at('2023-12-31 23:59'))).toBe(true);
    // 2027-12-31T20:00Z is already 2028 in Kamchatka (UTC+12), still 2027 in Moscow.
    const instant = new Date('2027-12-31T20:00:00Z');
    expect(moscow.isProvisional(instant)).toBe(false);
    expect(createWorkCalendar({ timeZone: 'Asia/Kamchatka' }).isProvisional(instant)).toBe(true);
  });

  it('falls back to the plain week beyond the data', () => {
    expect(moscow.describeDay('2028-01-03')).toMatchObject({ kind: 'working', source: 'week' });
    expect(moscow.describeDay('2023-12-29')).toMatchObject({ kind: 'working', source: 'week' });
  });

  it('never flags anything without the production calendar', () => {
    const plain = createWorkCalendar({ timeZone: MOSCOW, production: false });
    expect(plain.coverage).toEqual({ from: '0001-01-01', to: '9999-12-31' });
    expect(plain.isProvisional(at('2040-01-01 10:00'))).toBe(false);
    expect(plain.describeDay('2026-01-09')).toMatchObject({ kind: 'working', source: 'week' });
    expect(show(plain.addWorkingMinutes(at('2025-12-31 17:00'), 120))).toBe('2026-01-01 10:00');
  });
});

describe('far spans', () => {
  it('terminate years ahead, crossing into years without data', () => {
    const tenYears = 10 * 1972 * 60;
    const due = moscow.addWorkingMinutes(at('2026-01-12 09:00'), tenYears);
    expect(due.getUTCFullYear()).toBeGreaterThan(2034);
    expect(moscow.isProvisional(due)).toBe(true);
    expect(moscow.workingMinutesBetween(at('2026-01-12 09:00'), due)).toBe(tenYears);
    expect(show(moscow.subtractWorkingMinutes(due, tenYears))).toBe('2026-01-12 09:00');
  });

  it('refuse spans beyond a century and instants beyond year 9999', () => {
    expect(() => moscow.addWorkingMinutes(at('2026-01-12 09:00'), MAX_SPAN_MINUTES + 1)).toThrow(RangeError);
    expect(() => moscow.addWorkingMinutes(new Date(Date.UTC(10_000, 0, 1)), 1)).toThrow(/supported years/);
    expect(() => moscow.addWorkingMinutes(new Date(Number.NaN), 1)).toThrow(RangeError);
  });

  it('stop with a RangeError when an empty week leaves no working time ahead', () => {
    const empty = createWorkCalendar({ timeZone: MOSCOW, week: {}, production: false });
    expect(() => empty.addWorkingMinutes(at('2026-11-10 10:00'), 1)).toThrow(/no working time/);
    expect(() => empty.nextWorkingTime(at('2026-11-10 10:00'))).toThrow(RangeError);
    expect(() => empty.addWorkingDays(at('2026-11-10 10:00'), 1)).toThrow(RangeError);
    expect(empty.workingMinutesBetween(at('2026-11-10 10:00'), at('2026-11-20 10:00'))).toBe(0);
  });

  it('still finds the override days of an otherwise empty week', () => {
    const dutyOnly = createWorkCalendar({ timeZone: MOSCOW, week: {}, production: false, days: { '2027-03-01': [['10:00', '12:00']] } });
    expect(show(dutyOnly.addWorkingMinutes(at('2026-11-10 10:00'), 30))).toBe('2027-03-01 10:30');
    expect(show(dutyOnly.subtractWorkingMinutes(at('2030-01-01 00:00'), 30))).toBe('2027-03-01 11:30');
    expect(show(dutyOnly.addWorkingDays(at('2026-11-10 10:00'), 1))).toBe('2027-03-01 12:00');
    expect(() => dutyOnly.addWorkingMinutes(at('2026-11-10 10:00'), 121)).toThrow(RangeError);
  });
});

describe('bad input', () => {
  it('names an unknown time zone', () => {
    expect(() => createWorkCalendar({ timeZone: 'Europe/Mordor' })).toThrow(RangeError);
    expect(() => createWorkCalendar({ timeZone: 'Europe/Mordor' })).toThrow(/Europe\/Mordor/);
    expect(() => createWorkCalendar({ timeZone: '' })).toThrow(RangeError);
  });

  it('refuses fractional or non-numeric spans', () => {
    expect(() => moscow.addWorkingMinutes(at('2026-11-10 10:00'), Number.NaN)).toThrow(RangeError);
    expect(() => moscow.addWorkingDays(at('2026-11-10 10:00'), 0.5)).toThrow(RangeError);
    expect(() => moscow.addCalendarMinutesSkippingNonWorkingDays(at('2026-11-10 10:00'), Infinity)).toThrow(RangeError);
  });

  it('refuses an unknown production calendar', () => {
    expect(() => createWorkCalendar({ timeZone: MOSCOW, production: 'by' as never })).toThrow(/production/);
  });
});

describe('zones with daylight saving time', () => {
  // Not a Russian case, but the engine must not assume fixed offsets: New York moves its clocks on
  // Sun 08.03.2026 (02:00 → 03:00) and Sun 01.11.2026 (02:00 → 01:00).
  const NEW_YORK = 'America/New_York';
  const newYork = createWorkCalendar({ timeZone: NEW_YORK, production: false });

  it('keeps 09:00–18:00 local on both sides of a change', () => {
    expect(show(newYork.addWorkingMinutes(at('2026-03-06 17:00', NEW_YORK), 120), NEW_YORK)).toBe('2026-03-09 10:00');
    expect(show(newYork.addWorkingMinutes(at('2026-10-30 17:00', NEW_YORK), 120), NEW_YORK)).toBe('2026-11-02 10:00');
    expect(newYork.workingMinutesBetween(at('2026-03-06 09:00', NEW_YORK), at('2026-03-10 09:00', NEW_YORK))).toBe(960);
  });

  it('gives a 23-hour Sunday to the 24-hour clock when that Sunday works', () => {
    const everyDay = createWorkCalendar({ timeZone: NEW_YORK, production: false, week: { sun: [['09:00', '18:00']], sat: [['09:00', '18:00']] } });
    expect(show(everyDay.addCalendarMinutesSkippingNonWorkingDays(at('2026-03-07 12:00', NEW_YORK), 24 * 60), NEW_YORK)).toBe('2026-03-08 13:00');
  });
});

describe('an interval inside an hour that DST skips', () => {
  it('counts no time for it instead of negative time', () => {
    // Los Angeles skips 02:00–03:00 on Sun 08.03.2026; skipped readings move forward by the gap
    // (Temporal's "compatible"), so 02:30–03:00 would become 03:30–03:00 and is dropped.
    const LA = 'America/Los_Angeles';
    const night = createWorkCalendar({ timeZone: LA, production: false, week: { sun: [['01:00', '02:00'], ['02:30', '03:00']] } });
    expect(night.workingMinutesBetween(at('2026-03-08 00:00', LA), at('2026-03-08 12:00', LA))).toBe(60);
    expect(show(night.addWorkingMinutes(at('2026-03-08 00:00', LA), 30), LA)).toBe('2026-03-08 01:30');
    expect(night.isWorkingTime(at('2026-03-08 03:15', LA))).toBe(false);
  });
});
