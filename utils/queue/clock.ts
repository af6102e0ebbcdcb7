/** The queue's WorkClock over the working-time engine's WorkCalendar (epoch ms in and out). */
import type { WorkCalendar } from '../worktime/index';
import type { WorkClock } from './types';

// One clock per calendar object, so per-clock caches (countUrgency's horizons) work by identity.
const clocks = new WeakMap<WorkCalendar, WorkClock>();

export function clockOf(calendar: WorkCalendar): WorkClock {
  let clock = clocks.get(calendar);
  if (!clock) {
    clock = {
      timeZone: calendar.timeZone,
      workingMinutesBetween: (from, to) => (to <= from ? 0 : calendar.workingMinutesBetween(from, to)),
      addWorkingMinutes: (from, minutes) => calendar.addWorkingMinutes(from, Math.ceil(minutes)).getTime(),
      subtractWorkingMinutes: (to, minutes) => calendar.subtractWorkingMinutes(to, Math.ceil(minutes)).getTime(),
    };
    clocks.set(calendar, clock);
  }
  return clock;
}
