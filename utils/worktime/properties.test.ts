/**
 * Random checks against a naive reference that walks minute by minute. The reference reads local
 * time with a fixed offset (Moscow and Yakutsk have had one since 2016) and each day's intervals from
 * describeDay, so it shares neither the engine's Intl code nor its per-month tables.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkCalendar, type WorkCalendar } from './index';

const MINUTE = 60_000;
const FROM = Date.UTC(2024, 0, 1) / MINUTE;
const TO = Date.UTC(2027, 11, 20) / MINUTE;

const ZONES = [
  { timeZone: 'Europe/Moscow', offsetMinutes: 180 },
  { timeZone: 'Asia/Yakutsk', offsetMinutes: 540 },
];

function reference(calendar: WorkCalendar, offsetMinutes: number) {
  /** Intervals of each local day, keyed by days since 1970-01-01 in local time. */
  const days = new Map<number, Array<[number, number]>>();
  const intervalsOf = (localMinute: number) => {
    const dayNumber = Math.floor(localMinute / 1440);
    let intervals = days.get(dayNumber);
    if (!intervals) {
      const date = new Date(dayNumber * 1440 * MINUTE).toISOString().slice(0, 10);
      intervals = calendar.describeDay(date).intervals.map(([a, b]) => [toMinutes(a), toMinutes(b)] as [number, number]);
      days.set(dayNumber, intervals);
    }
    return intervals;
  };
  const isWorking = (minute: number) => {
    const local = minute + offsetMinutes;
    const ofDay = local - Math.floor(local / 1440) * 1440;
    return intervalsOf(local).some(([a, b]) => ofDay >= a && ofDay < b);
  };
  return {
    isWorking,
    isWorkingDay: (minute: number) => intervalsOf(minute + offsetMinutes).length > 0,
    /** The end of the n-th counted minute from `start` (n ≥ 1). */
    add(start: number, n: number, counts: (minute: number) => boolean = isWorking) {
      let minute = start;
      for (let left = n; left > 0; minute++) if (counts(minute)) left--;
      return minute;
    },
    between(a: number, b: number) {
      let sum = 0;
      for (let minute = a; minute < b; minute++) if (isWorking(minute)) sum++;
      return sum;
    },
  };
}

function toMinutes(text: string): number {
  const [h, m] = text.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

const instant = fc.integer({ min: FROM, max: TO });
const at = (minute: number) => new Date(minute * MINUTE);
const minuteOf = (d: Date) => d.getTime() / MINUTE;

describe.each(ZONES)('$timeZone against the minute-by-minute reference', ({ timeZone, offsetMinutes }) => {
  const calendar = createWorkCalendar({ timeZone });
  const ref = reference(calendar, offsetMinutes);

  it('adds like the reference', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 960 }), (start, n) => {
        expect(minuteOf(calendar.addWorkingMinutes(at(start), n))).toBe(ref.add(start, n));
      }),
      { numRuns: 100 },
    );
  });

  it('counts like the reference, and tells working minutes apart', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -4320, max: 4320 }), (a, span) => {
        const b = a + span;
        const expected = span >= 0 ? ref.between(a, b) : 0 - ref.between(b, a);
        expect(calendar.workingMinutesBetween(at(a), at(b))).toBe(expected);
        expect(calendar.isWorkingTime(at(a))).toBe(ref.isWorking(a));
      }),
      { numRuns: 150 },
    );
  });

  it('skips non-working days like the reference', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 2880 }), (start, n) => {
        const expected = ref.add(start, n, ref.isWorkingDay);
        expect(minuteOf(calendar.addCalendarMinutesSkippingNonWorkingDays(at(start), n))).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });
});

describe('algebra of the Moscow calendar', () => {
  const calendar = createWorkCalendar({ timeZone: 'Europe/Moscow' });
  const span = fc.integer({ min: 1, max: 3 * 3360 });

  it('subtract undoes add from any working minute', () => {
    fc.assert(
      fc.property(instant, span, (start, n) => {
        const from = calendar.nextWorkingTime(at(start));
        expect(calendar.subtractWorkingMinutes(calendar.addWorkingMinutes(from, n), n).getTime()).toBe(from.getTime());
      }),
    );
  });

  it('add undoes subtract from any working minute or closing', () => {
    fc.assert(
      fc.property(instant, span, (start, n) => {
        const to = calendar.subtractWorkingMinutes(at(start), 0);
        expect(calendar.addWorkingMinutes(calendar.subtractWorkingMinutes(to, n), n).getTime()).toBe(to.getTime());
      }),
    );
  });

  it('adds in steps as in one go, and measures what it added', () => {
    fc.assert(
      fc.property(instant, span, span, (start, a, b) => {
        const once = calendar.addWorkingMinutes(at(start), a + b);
        expect(calendar.addWorkingMinutes(calendar.addWorkingMinutes(at(start), a), b).getTime()).toBe(once.getTime());
        expect(calendar.workingMinutesBetween(at(start), once)).toBe(a + b);
      }),
    );
  });

  it('ends every working-day count at a closing time', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -30, max: 30 }), (start, days) => {
        const due = calendar.addWorkingDays(at(start), days);
        expect(calendar.isWorkingTime(new Date(due.getTime() - MINUTE))).toBe(true);
        expect(calendar.isWorkingTime(due)).toBe(false);
      }),
    );
  });
});
