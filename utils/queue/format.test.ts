import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/index';
import { describeWorkingLeft, formatDueMoment, formatWorkingLeft, workingLeftParts } from './format';
import { at, naiveClock } from './test-clock';
import { workingLeft } from './urgency';

const MSK = 'Europe/Moscow';
const clock = naiveClock(MSK);

afterEach(() => setLocale('ru'));

describe('formatWorkingLeft', () => {
  it('writes hours with zero-padded minutes, minutes alone, and lateness', () => {
    expect(formatWorkingLeft({ minutes: 135, overdue: false })).toBe('2 ч 15 мин раб.');
    expect(formatWorkingLeft({ minutes: 45, overdue: false })).toBe('45 мин раб.');
    expect(formatWorkingLeft({ minutes: 65, overdue: true })).toBe('просрочено на 1 ч 05 мин раб.');
    expect(formatWorkingLeft({ minutes: 60, overdue: false })).toBe('1 ч 00 мин раб.');
  });

  it('in two parts for a narrow column: the lead of lateness, and the time', () => {
    expect(workingLeftParts({ minutes: 65, overdue: true })).toEqual({ lead: 'просрочено на', time: '1 ч 05 мин раб.' });
    expect(workingLeftParts({ minutes: 45, overdue: false })).toEqual({ lead: '', time: '45 мин раб.' });
    setLocale('en');
    expect(workingLeftParts({ minutes: 0, overdue: true })).toEqual({ lead: 'overdue by', time: '< 1 min working' });
    expect(formatWorkingLeft({ minutes: 65, overdue: true })).toBe('overdue by 1 h 05 min working');
  });

  it('counts down whole minutes: 59.5 minutes is «59 мин», under a minute is «< 1 мин»', () => {
    expect(formatWorkingLeft({ minutes: 59.5, overdue: false })).toBe('59 мин раб.');
    expect(formatWorkingLeft({ minutes: 0.4, overdue: false })).toBe('< 1 мин раб.');
    expect(formatWorkingLeft({ minutes: 0, overdue: true })).toBe('просрочено на < 1 мин раб.');
  });

  it('drops minutes from a day of working hours up (the final answer in 7 working days)', () => {
    expect(formatWorkingLeft({ minutes: 56 * 60 + 20, overdue: false })).toBe('56 ч раб.');
    expect(formatWorkingLeft({ minutes: 23 * 60 + 59, overdue: false })).toBe('23 ч 59 мин раб.');
  });

  it('speaks English when asked', () => {
    setLocale('en');
    expect(formatWorkingLeft({ minutes: 135, overdue: false })).toBe('2 h 15 min working');
    expect(formatWorkingLeft({ minutes: 65, overdue: true })).toBe('overdue by 1 h 05 min working');
  });
});

describe('describeWorkingLeft (Russian plural forms)', () => {
  it.each([
    [61, false, 'осталось 1 час 1 минута рабочего времени'],
    [122, false, 'осталось 2 часа 2 минуты рабочего времени'],
    [300 + 11, false, 'осталось 5 часов 11 минут рабочего времени'],
    [21 * 60 + 21, false, 'осталось 21 час 21 минута рабочего времени'],
    [22 * 60 + 25, true, 'просрочено на 22 часа 25 минут рабочего времени'],
    [120, false, 'осталось 2 часа рабочего времени'],
    [5, true, 'просрочено на 5 минут рабочего времени'],
    [0.5, false, 'осталось меньше минуты рабочего времени'],
  ])('%s min, overdue=%s → %s', (minutes, overdue, text) => {
    expect(describeWorkingLeft({ minutes, overdue })).toBe(text);
  });

  it('in English too', () => {
    setLocale('en');
    expect(describeWorkingLeft({ minutes: 61, overdue: false })).toBe('1 hour 1 minute of working time left');
    expect(describeWorkingLeft({ minutes: 125, overdue: true })).toBe('overdue by 2 hours 5 minutes of working time');
  });
});

describe('formatDueMoment', () => {
  const now = at(MSK, '2026-11-25 10:00'); // Wednesday

  it('gives the weekday only within the same week, in the administration zone', () => {
    expect(formatDueMoment(at(MSK, '2026-11-27 17:30'), now, MSK)).toBe('до 17:30, пт');
    expect(formatDueMoment(at(MSK, '2026-11-25 16:00'), now, MSK)).toBe('до 16:00, ср');
    expect(formatDueMoment(at(MSK, '2026-11-23 09:05'), now, MSK)).toBe('до 09:05, пн');
  });

  it('adds the date in another week and the year in another year', () => {
    expect(formatDueMoment(at(MSK, '2026-11-30 09:15'), now, MSK)).toBe('до 09:15, пн 30.11');
    expect(formatDueMoment(at(MSK, '2026-11-20 12:00'), now, MSK)).toBe('до 12:00, пт 20.11');
    expect(formatDueMoment(at(MSK, '2027-01-11 09:00'), now, MSK)).toBe('до 09:00, пн 11.01.2027');
  });

  it('uses the administration zone, not the machine one: Blagoveshchensk is 6 hours ahead of Moscow', () => {
    const yakutsk = 'Asia/Yakutsk';
    // 23:30 Friday in Moscow is already 05:30 Saturday in Blagoveshchensk, still the same week there.
    expect(formatDueMoment(at(MSK, '2026-11-27 23:30'), now, yakutsk)).toBe('до 05:30, сб');
    // Sunday 20:00 Moscow = Monday 02:00 there: the next week.
    expect(formatDueMoment(at(MSK, '2026-11-29 20:00'), now, yakutsk)).toBe('до 02:00, пн 30.11');
  });

  it('in English', () => {
    setLocale('en');
    expect(formatDueMoment(at(MSK, '2026-11-27 17:30'), now, MSK)).toBe('by 17:30, Fri');
    expect(formatDueMoment(at(MSK, '2026-11-30 09:15'), now, MSK)).toBe('by 09:15, Mon 30 Nov');
  });
});

describe('countdown in working time', () => {
  it('skips the lunch break: 12:30 → 14:45 is 75 working minutes, not 135', () => {
    const left = workingLeft(at(MSK, '2026-11-25 14:45'), at(MSK, '2026-11-25 12:30'), clock);
    expect(left).toEqual({ minutes: 75, overdue: false });
    expect(formatWorkingLeft(left)).toBe('1 ч 15 мин раб.');
  });

  it('skips the weekend: Friday 17:00 → Monday 10:30 is 2 h 30 min', () => {
    const due = at(MSK, '2026-11-30 10:30');
    const now = at(MSK, '2026-11-27 17:00');
    expect(formatWorkingLeft(workingLeft(due, now, clock))).toBe('2 ч 30 мин раб.');
    expect(formatDueMoment(due, now, MSK)).toBe('до 10:30, пн 30.11');
  });

  it('counts lateness in working time too: due Friday 17:00, seen Monday 09:05 → 1 h 05 min late', () => {
    const left = workingLeft(at(MSK, '2026-11-27 17:00'), at(MSK, '2026-11-30 09:05'), clock);
    expect(formatWorkingLeft(left)).toBe('просрочено на 1 ч 05 мин раб.');
  });
});
