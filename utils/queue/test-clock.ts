/**
 * A deliberately naive WorkClock for the queue's tests: Monday–Friday 09:00–13:00 and 14:00–18:00
 * in a given zone, plus listed holidays, walked minute by minute. Slow, obviously right, and
 * independent of the real engine, so the queue's tests check the queue's logic.
 */
import { localDate, zonedParts, zonedTimeToInstant } from '../worktime/zone';
import type { WorkClock } from './types';

const MINUTE = 60_000;

export function naiveClock(timeZone: string, holidays: readonly string[] = []): WorkClock {
  const off = new Set(holidays);
  function isWorkingMinute(start: number): boolean {
    const p = zonedParts(start, timeZone);
    if (p.weekday === 0 || p.weekday === 6 || off.has(localDate(start, timeZone))) return false;
    const m = p.hour * 60 + p.minute;
    return (m >= 9 * 60 && m < 13 * 60) || (m >= 14 * 60 && m < 18 * 60);
  }
  const floorMinute = (ms: number) => Math.floor(ms / MINUTE) * MINUTE;

  return {
    timeZone,
    workingMinutesBetween(from, to) {
      let total = 0;
      for (let m = floorMinute(from); m < to; m += MINUTE) {
        if (!isWorkingMinute(m)) continue;
        total += (Math.min(to, m + MINUTE) - Math.max(from, m)) / MINUTE;
      }
      return total;
    },
    addWorkingMinutes(from, minutes) {
      let left = minutes * MINUTE;
      let at = from;
      while (left > 0) {
        const m = floorMinute(at);
        const end = m + MINUTE;
        if (isWorkingMinute(m)) {
          const take = Math.min(left, end - at);
          left -= take;
          at += take;
        } else at = end;
      }
      return at;
    },
    subtractWorkingMinutes(to, minutes) {
      let left = minutes * MINUTE;
      let at = to;
      while (left > 0) {
        const m = floorMinute(at - 1);
        if (isWorkingMinute(m)) {
          const take = Math.min(left, at - m);
          left -= take;
          at -= take;
        } else at = m;
      }
      return at;
    },
  };
}

/** An instant from a wall-clock reading in the zone: at('Europe/Moscow', '2026-11-27 17:30'). */
export function at(timeZone: string, text: string): number {
  const [date, time = '00:00'] = text.split(' ');
  const [year, month, day] = date!.split('-').map(Number) as [number, number, number];
  const [hour, minute, second = 0] = time.split(':').map(Number) as [number, number, number?];
  return zonedTimeToInstant({ year, month, day, hour, minute, second }, timeZone);
}
