/** The engine's semantics in working minutes, one rule per test (see the rules in index.ts). */
import { describe, expect, it } from 'vitest';
import { createWorkCalendar, type WorkCalendarOptions } from './index';
import { formatLocalDateTime, parseLocalDateTime } from './zone';

const MOSCOW = 'Europe/Moscow';
const at = (text: string, zone = MOSCOW) => new Date(parseLocalDateTime(text, zone));
const show = (d: Date, zone = MOSCOW) => formatLocalDateTime(d.getTime(), zone);
const calendar = (options: Partial<WorkCalendarOptions> = {}) => createWorkCalendar({ timeZone: MOSCOW, ...options });
const moscow = calendar();
const add = (start: string, minutes: number, cal = moscow) => show(cal.addWorkingMinutes(at(start), minutes));
const sub = (start: string, minutes: number, cal = moscow) => show(cal.subtractWorkingMinutes(at(start), minutes));

describe('addWorkingMinutes', () => {
  it('starts at the next opening when the start is outside working time', () => {
    expect(add('2026-11-10 07:30', 15)).toBe('2026-11-10 09:15'); // early morning
    expect(add('2026-11-10 13:20', 15)).toBe('2026-11-10 14:15'); // lunch
    expect(add('2026-11-10 18:00', 15)).toBe('2026-11-11 09:15'); // exactly at closing
    expect(add('2026-11-14 11:00', 15)).toBe('2026-11-16 09:15'); // Saturday
    expect(add('2026-11-04 11:00', 15)).toBe('2026-11-05 09:15'); // День народного единства
  });

  it('returns the closing time itself when the deadline lands on it, not the next morning', () => {
    expect(add('2026-11-10 17:00', 60)).toBe('2026-11-10 18:00');
    expect(add('2026-11-10 12:00', 60)).toBe('2026-11-10 13:00'); // the lunch "closing" too
    expect(add('2026-11-06 10:00', 7 * 60)).toBe('2026-11-06 18:00'); // Friday, not Monday 09:00
  });

  it('skips the lunch break', () => {
    expect(add('2026-11-10 12:30', 60)).toBe('2026-11-10 14:30');
    expect(add('2026-11-10 09:00', 5 * 60)).toBe('2026-11-10 15:00');
  });

  it('skips nights, weekends and holiday runs', () => {
    expect(add('2026-11-10 17:30', 60)).toBe('2026-11-11 09:30');
    expect(add('2026-11-13 17:30', 60)).toBe('2026-11-16 09:30');
    expect(add('2025-12-30 17:00', 120)).toBe('2026-01-12 10:00'); // 31.12.2025–11.01.2026 off, across the year
  });

  it('cuts one hour off the last interval of a shortened pre-holiday day', () => {
    expect(add('2026-11-03 16:30', 30)).toBe('2026-11-03 17:00');
    expect(add('2026-11-03 16:30', 31)).toBe('2026-11-05 09:01');
  });

  it('shortens the user’s own schedule too, across intervals when the last is under an hour', () => {
    const early = calendar({ week: { mon: [['08:00', '12:00'], ['13:00', '17:00']], tue: [['08:00', '12:00'], ['13:00', '17:00']] } });
    expect(add('2026-11-03 15:30', 30, early)).toBe('2026-11-03 16:00'); // Tue 03.11 ends at 16:00
    expect(add('2026-11-03 15:30', 31, early)).toBe('2026-11-09 08:01'); // Wed–Fri are not in this week
    const shortTail = calendar({ week: { tue: [['09:00', '16:00'], ['16:30', '17:00']] } });
    expect(shortTail.describeDay('2026-11-03').intervals).toEqual([['09:00', '15:30']]);
  });

  it('works a working Saturday with Friday’s schedule, shortened when it is pre-holiday', () => {
    expect(add('2025-11-01 12:30', 60)).toBe('2025-11-01 14:30'); // Sat 01.11.2025, with lunch
    expect(add('2025-11-01 16:00', 60)).toBe('2025-11-01 17:00'); // closes at 17:00 (pre-holiday)
    expect(add('2025-11-01 16:00', 61)).toBe('2025-11-05 09:01'); // 02–04.11 off
    const fridays = calendar({ week: { mon: [['10:00', '19:00']], fri: [['08:00', '16:45']] } });
    expect(fridays.describeDay('2027-02-20').intervals).toEqual([['08:00', '15:45']]); // Friday’s, minus 1 h
    expect(fridays.describeDay('2024-04-27').intervals).toEqual([['08:00', '16:45']]); // not pre-holiday
  });

  it('keeps a six-day week’s own Saturday hours and still closes on holidays', () => {
    const sixDays = calendar({ week: { mon: [['09:00', '18:00']], sat: [['10:00', '14:00']] } });
    expect(sixDays.describeDay('2026-11-07')).toMatchObject({ kind: 'working', intervals: [['10:00', '14:00']] });
    expect(sixDays.describeDay('2026-05-09')).toMatchObject({ kind: 'holiday', minutes: 0 }); // Sat, День Победы
  });

  it('counts in the calendar’s zone whatever the machine’s zone', () => {
    // The suite runs under TZ=UTC and TZ=America/Los_Angeles; these instants are absolute.
    const yakutsk = createWorkCalendar({ timeZone: 'Asia/Yakutsk' });
    expect(yakutsk.addWorkingMinutes(new Date('2026-11-09T23:30:00Z'), 60).toISOString()).toBe('2026-11-10T01:00:00.000Z');
    expect(moscow.addWorkingMinutes(new Date('2026-11-09T23:30:00Z'), 60).toISOString()).toBe('2026-11-10T07:00:00.000Z');
  });

  it('counts whole minutes, dropping the start’s seconds', () => {
    const start = new Date(at('2026-11-10 10:00').getTime() + 59_999);
    expect(moscow.addWorkingMinutes(start, 1).getTime()).toBe(at('2026-11-10 10:01').getTime());
    expect(() => moscow.addWorkingMinutes(start, 1.5)).toThrow(RangeError);
  });

  it('with 0 minutes returns the next working instant (biz: time(0).after)', () => {
    expect(add('2026-11-10 10:00', 0)).toBe('2026-11-10 10:00');
    expect(add('2026-11-10 18:00', 0)).toBe('2026-11-11 09:00');
    expect(add('2026-11-14 03:00', 0)).toBe('2026-11-16 09:00');
  });

  it('delegates negative minutes to subtraction', () => {
    expect(add('2026-11-10 10:00', -90)).toBe(sub('2026-11-10 10:00', 90));
  });

  it('takes epoch ms as well as Dates', () => {
    expect(moscow.addWorkingMinutes(at('2026-11-10 10:00').getTime(), 30)).toEqual(moscow.addWorkingMinutes(at('2026-11-10 10:00'), 30));
  });
});

describe('subtractWorkingMinutes', () => {
  it('returns the opening itself when the result lands on it, not the previous closing', () => {
    expect(sub('2026-11-10 10:00', 60)).toBe('2026-11-10 09:00');
    expect(sub('2026-11-10 15:00', 60)).toBe('2026-11-10 14:00');
  });

  it('skips lunch, nights and weekends backwards', () => {
    expect(sub('2026-11-10 14:30', 60)).toBe('2026-11-10 12:30');
    expect(sub('2026-11-16 09:30', 60)).toBe('2026-11-13 17:30');
    expect(sub('2026-11-05 09:30', 60)).toBe('2026-11-03 16:30'); // over 04.11 into a day closing at 17:00
  });

  it('starts from the last closing when the start is outside working time', () => {
    expect(sub('2026-11-14 12:00', 60)).toBe('2026-11-13 17:00');
    expect(sub('2026-11-14 12:00', 0)).toBe('2026-11-13 18:00');
    expect(sub('2026-11-10 18:00', 0)).toBe('2026-11-10 18:00');
    expect(sub('2026-11-10 09:00', 0)).toBe('2026-11-09 18:00');
  });

  it('is the exact inverse of addition inside working time', () => {
    for (const start of ['2026-11-10 09:00', '2026-11-10 12:59', '2026-11-13 17:59', '2026-04-30 16:00']) {
      for (const minutes of [1, 30, 60, 479, 480, 481, 3360]) {
        expect(show(moscow.subtractWorkingMinutes(moscow.addWorkingMinutes(at(start), minutes), minutes)), `${start} ± ${minutes}`).toBe(start);
      }
    }
  });

  it('is undone by addition for deadlines at a closing', () => {
    for (const minutes of [1, 60, 480, 3360]) expect(show(moscow.addWorkingMinutes(moscow.subtractWorkingMinutes(at('2026-11-13 18:00'), minutes), minutes))).toBe('2026-11-13 18:00');
  });

  it('delegates negative minutes to addition', () => {
    expect(sub('2026-11-10 17:30', -60)).toBe('2026-11-11 09:30');
  });
});

describe('workingMinutesBetween', () => {
  it('counts working minutes only, negative when to < from', () => {
    expect(moscow.workingMinutesBetween(at('2026-11-10 08:00'), at('2026-11-10 20:00'))).toBe(480);
    expect(moscow.workingMinutesBetween(at('2026-11-13 17:00'), at('2026-11-16 10:00'))).toBe(120);
    expect(moscow.workingMinutesBetween(at('2026-11-16 10:00'), at('2026-11-13 17:00'))).toBe(-120);
    expect(moscow.workingMinutesBetween(at('2026-11-14 10:00'), at('2026-11-14 20:00'))).toBe(0);
    expect(Object.is(moscow.workingMinutesBetween(at('2026-11-14 20:00'), at('2026-11-14 10:00')), 0)).toBe(true);
  });

  it('sums whole years', () => {
    expect(moscow.workingMinutesBetween(at('2026-01-01 00:00'), at('2027-01-01 00:00'))).toBe(1972 * 60);
    expect(moscow.workingMinutesBetween(at('2024-01-01 00:00'), at('2028-01-01 00:00'))).toBe((1979 + 1972 * 3) * 60);
  });

  it('agrees with addition', () => {
    const start = at('2026-04-29 11:17');
    for (const minutes of [1, 100, 480, 1000, 3360]) expect(moscow.workingMinutesBetween(start, moscow.addWorkingMinutes(start, minutes))).toBe(minutes);
  });
});

describe('month boundaries (the engine keeps its intervals per local month)', () => {
  it('carries a term over the end of a month and back', () => {
    expect(add('2026-01-30 17:00', 120)).toBe('2026-02-02 10:00'); // Sat 31.01, Sun 01.02
    expect(sub('2026-02-02 10:00', 120)).toBe('2026-01-30 17:00');
    expect(moscow.workingMinutesBetween(at('2026-01-30 17:00'), at('2026-02-02 10:00'))).toBe(120);
    expect(moscow.workingMinutesBetween(at('2026-03-01 00:00'), at('2026-06-01 00:00'))).toBe((175 + 168 + 151) * 60); // March–May 2026
  });

  it('treats midnight between two months of round-the-clock time as one instant, not a closing and an opening', () => {
    const day: [string, string][] = [['00:00', '24:00']];
    const always = calendar({ production: false, week: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day } });
    expect(add('2026-01-31 23:00', 60, always)).toBe('2026-02-01 00:00');
    expect(add('2026-01-31 23:00', 61, always)).toBe('2026-02-01 00:01');
    expect(sub('2026-02-01 01:00', 60, always)).toBe('2026-02-01 00:00');
    expect(sub('2026-02-01 01:00', 61, always)).toBe('2026-01-31 23:59');
    expect(always.isWorkingTime(at('2026-02-01 00:00'))).toBe(true);
    expect(always.workingMinutesBetween(at('2026-01-01 00:00'), at('2027-01-01 00:00'))).toBe(365 * 24 * 60);
  });
});

describe('isWorkingTime and nextWorkingTime', () => {
  it('treats intervals as half-open: the opening works, the closing does not', () => {
    expect(moscow.isWorkingTime(at('2026-11-10 09:00'))).toBe(true);
    expect(moscow.isWorkingTime(at('2026-11-10 08:59'))).toBe(false);
    expect(moscow.isWorkingTime(at('2026-11-10 12:59'))).toBe(true);
    expect(moscow.isWorkingTime(at('2026-11-10 13:00'))).toBe(false);
    expect(moscow.isWorkingTime(at('2026-11-10 18:00'))).toBe(false);
    expect(moscow.isWorkingTime(at('2026-11-03 17:30'))).toBe(false); // shortened day
    expect(moscow.isWorkingTime(at('2026-11-04 10:00'))).toBe(false);
  });

  it('returns `at` itself when working, seconds included', () => {
    const inside = new Date(at('2026-11-10 10:00').getTime() + 12_345);
    expect(moscow.nextWorkingTime(inside).getTime()).toBe(inside.getTime());
  });

  it('returns the next opening otherwise', () => {
    expect(show(moscow.nextWorkingTime(at('2026-11-10 13:00')))).toBe('2026-11-10 14:00');
    expect(show(moscow.nextWorkingTime(at('2026-12-30 18:30')))).toBe('2027-01-11 09:00');
  });
});
