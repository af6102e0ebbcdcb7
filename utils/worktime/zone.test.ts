import { describe, expect, it } from 'vitest';
import { formatLocalDateTime, isValidTimeZone, localDate, parseLocalDateTime, zoneOffsetMs, zonedParts, zonedTimeToInstant } from './zone';

const HOUR = 3_600_000;

describe('zonedParts', () => {
  it('reads an instant on the zone’s wall clock, with the weekday', () => {
    const instant = Date.UTC(2026, 10, 9, 21, 30, 15); // Mon 09.11.2026 21:30:15 UTC
    expect(zonedParts(instant, 'Europe/Moscow')).toEqual({ year: 2026, month: 11, day: 10, hour: 0, minute: 30, second: 15, weekday: 2 });
    expect(zonedParts(instant, 'Asia/Yakutsk')).toMatchObject({ day: 10, hour: 6, weekday: 2 });
    expect(zonedParts(instant, 'America/Los_Angeles')).toMatchObject({ day: 9, hour: 13, weekday: 1 });
    expect(zonedParts(Date.UTC(2026, 0, 1), 'UTC')).toMatchObject({ hour: 0, weekday: 4 }); // never '24'
  });

  it('gives Russian offsets without DST and others with it', () => {
    for (const month of [0, 6]) {
      expect(zoneOffsetMs(Date.UTC(2026, month, 15), 'Europe/Moscow')).toBe(3 * HOUR);
      expect(zoneOffsetMs(Date.UTC(2026, month, 15), 'Asia/Krasnoyarsk')).toBe(7 * HOUR);
    }
    expect(zoneOffsetMs(Date.UTC(2026, 0, 15), 'America/New_York')).toBe(-5 * HOUR);
    expect(zoneOffsetMs(Date.UTC(2026, 6, 15), 'America/New_York')).toBe(-4 * HOUR);
  });

  it('knows history: Volgograd was UTC+4 in June 2020 and UTC+3 in June 2021', () => {
    expect(zoneOffsetMs(Date.UTC(2020, 5, 1), 'Europe/Volgograd')).toBe(4 * HOUR);
    expect(zoneOffsetMs(Date.UTC(2021, 5, 1), 'Europe/Volgograd')).toBe(3 * HOUR);
  });
});

describe('zonedTimeToInstant', () => {
  it('inverts zonedParts', () => {
    for (const zone of ['Europe/Kaliningrad', 'Europe/Moscow', 'Asia/Yakutsk', 'Asia/Kamchatka', 'America/Los_Angeles']) {
      for (const instant of [Date.UTC(2024, 1, 29, 12, 0), Date.UTC(2026, 2, 8, 10, 30), Date.UTC(2027, 10, 7, 12, 15)]) {
        const p = zonedParts(instant, zone);
        expect(zonedTimeToInstant(p, zone), `${zone} ${instant}`).toBe(instant);
      }
    }
  });

  it('lets hour 24 be the next midnight', () => {
    expect(zonedTimeToInstant({ year: 2026, month: 12, day: 31, hour: 24, minute: 0 }, 'Europe/Moscow')).toBe(Date.UTC(2026, 11, 31, 21));
  });

  it('moves a time skipped by DST forward and takes the earlier of a repeated one', () => {
    // Los Angeles: 08.03.2026 02:00 PST → 03:00 PDT; 01.11.2026 02:00 PDT → 01:00 PST.
    expect(zonedTimeToInstant({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/Los_Angeles')).toBe(Date.UTC(2026, 2, 8, 10, 30));
    expect(zonedTimeToInstant({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/Los_Angeles')).toBe(Date.UTC(2026, 10, 1, 8, 30));
  });

  it('handles years below 100 without Date.UTC’s 1900 shift', () => {
    expect(zonedParts(zonedTimeToInstant({ year: 50, month: 6, day: 1, hour: 12, minute: 0 }, 'UTC'), 'UTC')).toMatchObject({ year: 50, month: 6, day: 1, hour: 12 });
  });
});

describe('localDate and local date-time text', () => {
  it('gives the date in the zone', () => {
    const instant = Date.UTC(2026, 11, 31, 13, 0);
    expect(localDate(instant, 'Europe/Moscow')).toBe('2026-12-31');
    expect(localDate(instant, 'Asia/Anadyr')).toBe('2027-01-01');
  });

  it('parses and formats YYYY-MM-DD HH:MM', () => {
    expect(parseLocalDateTime('2026-11-10 09:00', 'Asia/Yakutsk')).toBe(Date.UTC(2026, 10, 10, 0, 0));
    expect(parseLocalDateTime('2026-11-10T09:00', 'Asia/Yakutsk')).toBe(Date.UTC(2026, 10, 10, 0, 0));
    expect(formatLocalDateTime(Date.UTC(2026, 10, 10, 0, 0), 'Asia/Yakutsk')).toBe('2026-11-10 09:00');
    expect(() => parseLocalDateTime('2026-02-30 09:00', 'Europe/Moscow')).toThrow(RangeError);
    expect(() => parseLocalDateTime('10.11.2026 09:00', 'Europe/Moscow')).toThrow(RangeError);
  });
});

describe('zone validation', () => {
  it('accepts IANA ids and refuses the rest with a message naming them', () => {
    expect(isValidTimeZone('Asia/Srednekolymsk')).toBe(true);
    expect(isValidTimeZone('MSK+6')).toBe(false);
    expect(() => zonedParts(0, 'Moscow')).toThrow(/"Moscow"/);
    expect(() => zonedParts(Number.NaN, 'Europe/Moscow')).toThrow(RangeError);
  });
});
