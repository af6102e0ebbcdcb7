/** The queue over the real working-time engine and the Russian production calendar. */
import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../worktime/index';
import { clockOf } from './clock';
import { formatDueMoment, formatWorkingLeft } from './format';
import { planNotifications } from './notify';
import { at } from './test-clock';
import { urgencyOf, workingLeft } from './urgency';

const MSK = 'Europe/Moscow';
const calendar = createWorkCalendar({ timeZone: MSK });
const clock = clockOf(calendar);

describe('clockOf(WorkCalendar)', () => {
  it('is one clock per calendar', () => {
    expect(clockOf(calendar)).toBe(clock);
    expect(clock.timeZone).toBe(MSK);
  });

  it('counts across lunch and a weekend like the engine', () => {
    expect(workingLeft(at(MSK, '2026-11-25 14:45'), at(MSK, '2026-11-25 12:30'), clock)).toEqual({ minutes: 75, overdue: false });
    expect(formatWorkingLeft(workingLeft(at(MSK, '2026-11-30 10:30'), at(MSK, '2026-11-27 17:00'), clock))).toBe('2 ч 30 мин раб.');
  });

  it('knows the New Year holidays: Wed Dec 30 17:30 → Mon Jan 11 09:15 is 45 working minutes', () => {
    // 2026-12-31 is a transferred day off by the 2026 decree; Jan 1–8 are holidays, then the weekend.
    const now = at(MSK, '2026-12-30 17:30');
    const due = at(MSK, '2027-01-11 09:15');
    expect(workingLeft(due, now, clock)).toEqual({ minutes: 45, overdue: false });
    expect(urgencyOf(due, now, clock)).toBe('soon');
    expect(formatDueMoment(due, now, MSK)).toBe('до 09:15, пн 11.01.2027');
  });

  it('plans the 60-minute notification at the engine\'s moment before a Monday deadline', () => {
    const due = at(MSK, '2026-11-30 09:30');
    const plan = planNotifications({
      candidates: [{ caseId: 'c', deadlines: [{ stage: 'answer', due, provisional: false }], clock }],
      thresholds: [60, 15],
      notifyWhenOverdue: true,
      isNotified: () => false,
      now: at(MSK, '2026-11-27 12:00'),
    });
    expect(plan.nextCheckAt).toBe(at(MSK, '2026-11-27 17:30'));
  });
});
