import { describe, expect, it } from 'vitest';
import { addDays, formatIsoDate, parseIsoDate, wallClockMs, weekdayOf } from './civil-date';
import { parseIntervals, parseTimeOfDay, SchedulePlanner, shortenDay } from './schedule';

describe('times and intervals', () => {
  it('reads HH:MM from 00:00 to 24:00 and nothing else', () => {
    expect(parseTimeOfDay('00:00', 'x')).toBe(0);
    expect(parseTimeOfDay('13:45', 'x')).toBe(825);
    expect(parseTimeOfDay('24:00', 'x')).toBe(1440);
    for (const bad of ['9:00', '24:01', '12:60', '12.00', '']) expect(() => parseTimeOfDay(bad, 'x'), bad).toThrow(RangeError);
  });

  it('merges touching intervals and refuses reversed, overlapping or unordered ones', () => {
    expect(parseIntervals([['09:00', '13:00'], ['13:00', '18:00']], 'x')).toEqual([[540, 1080]]);
    expect(() => parseIntervals([['13:00', '09:00']], 'x')).toThrow(/ends before it starts/);
    expect(() => parseIntervals([['14:00', '18:00'], ['09:00', '13:00']], 'x')).toThrow(/overlaps or precedes/);
    expect(() => parseIntervals([['09:00']] as never, 'x')).toThrow(RangeError);
  });
});

describe('shortenDay (ТК РФ ст. 95)', () => {
  it('cuts an hour from the end, through as many intervals as it takes', () => {
    expect(shortenDay([[540, 780], [840, 1080]])).toEqual([[540, 780], [840, 1020]]);
    expect(shortenDay([[540, 780], [840, 870]])).toEqual([[540, 750]]);
    expect(shortenDay([[600, 640]])).toEqual([]);
  });

  it('leaves the input untouched', () => {
    const day: Array<[number, number]> = [[540, 1080]];
    shortenDay(day);
    expect(day).toEqual([[540, 1080]]);
  });
});

describe('SchedulePlanner', () => {
  it('treats a weekday missing from a given week as a day off', () => {
    const planner = new SchedulePlanner({ week: { wed: [['10:00', '12:00']] }, production: false });
    expect(planner.plan({ year: 2026, month: 11, day: 10 })).toMatchObject({ kind: 'weekend', intervals: [] });
    expect(planner.plan({ year: 2026, month: 11, day: 11 })).toMatchObject({ kind: 'working', intervals: [[600, 720]] });
    expect(planner.weekHasWorkingTime).toBe(true);
    expect(new SchedulePlanner({ week: {}, production: false }).weekHasWorkingTime).toBe(false);
  });

  it('remembers which years carry overrides', () => {
    const planner = new SchedulePlanner({ days: { '2029-05-02': [], '2031-01-05': [] }, production: true });
    expect(planner.overrideYears).toEqual({ first: 2029, last: 2031 });
  });
});

describe('civil dates', () => {
  it('parses real dates only', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2025-2-01')).toBeNull();
  });

  it('steps days across months and years and knows the weekday', () => {
    expect(formatIsoDate(addDays({ year: 2025, month: 12, day: 31 }, 1))).toBe('2026-01-01');
    expect(formatIsoDate(addDays({ year: 2024, month: 3, day: 1 }, -1))).toBe('2024-02-29');
    expect(weekdayOf(2026, 11, 4)).toBe(3); // Wednesday
    expect(weekdayOf(2027, 2, 20)).toBe(6); // Saturday
  });

  it('keeps years below 100 as they are', () => {
    expect(new Date(wallClockMs(50, 1, 1)).getUTCFullYear()).toBe(50);
  });
});
