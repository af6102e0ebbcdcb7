/** Whole days: working-day counting, 24-hour spans over working days, day descriptions, overrides. */
import { describe, expect, it } from 'vitest';
import { createWorkCalendar, type WorkCalendarOptions } from './index';
import { formatLocalDateTime, parseLocalDateTime } from './zone';

const MOSCOW = 'Europe/Moscow';
const at = (text: string) => new Date(parseLocalDateTime(text, MOSCOW));
const show = (d: Date) => formatLocalDateTime(d.getTime(), MOSCOW);
const calendar = (options: Partial<WorkCalendarOptions> = {}) => createWorkCalendar({ timeZone: MOSCOW, ...options });
const moscow = calendar();

describe('addWorkingDays (ГК РФ ст. 191, 193)', () => {
  it('starts counting the day after and ends at the closing of the n-th working day', () => {
    expect(show(moscow.addWorkingDays(at('2026-11-09 10:00'), 1))).toBe('2026-11-10 18:00');
    expect(show(moscow.addWorkingDays(at('2026-11-09 23:59'), 1))).toBe('2026-11-10 18:00');
    expect(show(moscow.addWorkingDays(at('2026-11-13 10:00'), 1))).toBe('2026-11-16 18:00');
  });

  it('does not count weekends and holidays, and counts working Saturdays', () => {
    expect(show(moscow.addWorkingDays(at('2026-11-02 10:00'), 3))).toBe('2026-11-06 18:00'); // 03, 05, 06 (04.11 off)
    expect(show(moscow.addWorkingDays(at('2027-02-19 10:00'), 1))).toBe('2027-02-20 17:00'); // working Saturday, shortened
    expect(show(moscow.addWorkingDays(at('2027-02-19 10:00'), 2))).toBe('2027-02-24 18:00');
  });

  it('counts from a non-working day like from any other', () => {
    expect(show(moscow.addWorkingDays(at('2026-11-14 12:00'), 1))).toBe('2026-11-16 18:00');
    expect(show(moscow.addWorkingDays(at('2026-01-03 12:00'), 7))).toBe('2026-01-20 18:00'); // from the New Year holidays
  });

  it('with 0 days gives the closing of the same day, or of the next working day (ст. 193)', () => {
    expect(show(moscow.addWorkingDays(at('2026-11-10 10:00'), 0))).toBe('2026-11-10 18:00');
    expect(show(moscow.addWorkingDays(at('2026-11-03 10:00'), 0))).toBe('2026-11-03 17:00');
    expect(show(moscow.addWorkingDays(at('2026-11-04 10:00'), 0))).toBe('2026-11-05 18:00');
  });

  it('counts back with negative days (e.g. «1 working day before the deadline»)', () => {
    expect(show(moscow.addWorkingDays(at('2026-11-16 18:00'), -1))).toBe('2026-11-13 18:00');
    expect(show(moscow.addWorkingDays(at('2026-11-05 18:00'), -1))).toBe('2026-11-03 17:00');
  });

  it('uses the local date in the calendar’s zone', () => {
    // 21:30 UTC on Monday is already Tuesday 06:30 in Yakutsk: one working day later is Wednesday.
    const yakutsk = createWorkCalendar({ timeZone: 'Asia/Yakutsk' });
    const due = yakutsk.addWorkingDays(new Date('2026-11-09T21:30:00Z'), 1);
    expect(formatLocalDateTime(due.getTime(), 'Asia/Yakutsk')).toBe('2026-11-11 18:00');
  });
});

describe('addCalendarMinutesSkippingNonWorkingDays', () => {
  const skip = (start: string, minutes: number, cal = moscow) => show(cal.addCalendarMinutesSkippingNonWorkingDays(at(start), minutes));

  it('runs through nights of working days', () => {
    expect(skip('2026-11-10 16:00', 24 * 60)).toBe('2026-11-11 16:00');
  });

  it('stops on weekends and holidays', () => {
    expect(skip('2026-11-13 16:00', 24 * 60)).toBe('2026-11-16 16:00');
    expect(skip('2026-11-03 16:00', 24 * 60)).toBe('2026-11-05 16:00');
  });

  it('starts at 00:00 of the next working day when started on a non-working day', () => {
    expect(skip('2026-11-14 12:00', 24 * 60)).toBe('2026-11-17 00:00');
    expect(skip('2026-11-04 12:00', 60)).toBe('2026-11-05 01:00');
    expect(skip('2026-11-04 12:00', 0)).toBe('2026-11-05 00:00');
  });

  it('ends at midnight before a day off rather than after it', () => {
    expect(skip('2026-11-13 00:00', 24 * 60)).toBe('2026-11-14 00:00');
  });

  it('counts a working Saturday and whole minutes', () => {
    expect(skip('2027-02-19 12:00', 24 * 60)).toBe('2027-02-20 12:00');
    const start = new Date(at('2026-11-10 16:00').getTime() + 30_000);
    expect(show(moscow.addCalendarMinutesSkippingNonWorkingDays(start, 60))).toBe('2026-11-10 17:00');
  });

  it('goes backwards with negative minutes', () => {
    expect(skip('2026-11-16 16:00', -24 * 60)).toBe('2026-11-13 16:00');
  });
});

describe('describeDay and isWorkingDay', () => {
  it('describes each kind of day for the year view', () => {
    expect(moscow.describeDay('2026-11-10')).toEqual({
      date: '2026-11-10',
      intervals: [['09:00', '13:00'], ['14:00', '18:00']],
      minutes: 480,
      kind: 'working',
      source: 'week',
    });
    expect(moscow.describeDay('2026-11-03')).toMatchObject({ kind: 'shortened', minutes: 420, source: 'production', intervals: [['09:00', '13:00'], ['14:00', '17:00']] });
    expect(moscow.describeDay('2026-11-07')).toMatchObject({ kind: 'weekend', minutes: 0, source: 'week' });
    expect(moscow.describeDay('2026-11-04')).toMatchObject({ kind: 'holiday', note: 'День народного единства', source: 'production' });
    expect(moscow.describeDay('2026-01-09')).toMatchObject({ kind: 'transferredDayOff', note: 'Перенос выходного с 03.01.2026' });
    expect(moscow.describeDay('2025-11-01')).toMatchObject({ kind: 'workingWeekend', minutes: 420 });
  });

  it('answers isWorkingDay from the same data', () => {
    expect(moscow.isWorkingDay('2025-03-10')).toBe(true);
    expect(moscow.isWorkingDay('2025-11-01')).toBe(true);
    expect(moscow.isWorkingDay('2026-01-09')).toBe(false);
    expect(moscow.isWorkingDay('2026-11-07')).toBe(false);
  });

  it('rejects what is not a date', () => {
    expect(() => moscow.describeDay('2026-02-30')).toThrow(RangeError);
    expect(() => moscow.isWorkingDay('10.11.2026')).toThrow(RangeError);
  });
});

describe('days overrides', () => {
  it('add a regional holiday (e.g. Ураза-байрам in Bashkortostan, 20.03.2026)', () => {
    const ufa = createWorkCalendar({ timeZone: 'Asia/Yekaterinburg', days: { '2026-03-20': [] } });
    expect(ufa.describeDay('2026-03-20')).toMatchObject({ kind: 'holiday', minutes: 0, source: 'override' });
    const due = ufa.addWorkingMinutes(new Date(parseLocalDateTime('2026-03-19 17:00', 'Asia/Yekaterinburg')), 120);
    expect(formatLocalDateTime(due.getTime(), 'Asia/Yekaterinburg')).toBe('2026-03-23 10:00');
  });

  it('win over the federal calendar: a duty day on a holiday, a normal day where the decree shortens', () => {
    const local = calendar({ days: { '2026-11-04': [['10:00', '14:00']], '2026-11-03': [['09:00', '13:00'], ['14:00', '18:00']] } });
    // Shorter than the week's Wednesday, so the year view shows it as a short day, with the holiday in the note.
    expect(local.describeDay('2026-11-04')).toMatchObject({ kind: 'shortened', minutes: 240, source: 'override' });
    expect(local.describeDay('2026-11-04').note).toContain('День народного единства');
    expect(local.describeDay('2026-11-03')).toMatchObject({ kind: 'working', minutes: 480 });
    expect(show(local.addWorkingMinutes(at('2026-11-03 17:30'), 60))).toBe('2026-11-04 10:30');
  });

  it('mark a short local day and a working weekend day', () => {
    const local = calendar({ days: { '2026-11-10': [['09:00', '12:00']], '2026-11-14': [['10:00', '12:00']] } });
    expect(local.describeDay('2026-11-10')).toMatchObject({ kind: 'shortened', minutes: 180 });
    expect(local.describeDay('2026-11-14')).toMatchObject({ kind: 'workingWeekend', minutes: 120 });
    expect(show(local.addWorkingMinutes(at('2026-11-13 17:00'), 120))).toBe('2026-11-14 11:00');
  });

  it('reject malformed dates and intervals with a RangeError naming the place', () => {
    expect(() => calendar({ days: { '2026-13-01': [] } })).toThrow(/2026-13-01/);
    expect(() => calendar({ days: { '2026-11-10': [['14:00', '13:00']] } })).toThrow(/days\['2026-11-10'\]/);
    expect(() => calendar({ days: { '2026-11-10': [['09:00', '13:00'], ['12:00', '18:00']] } })).toThrow(/overlaps/);
    expect(() => calendar({ week: { mon: [['9:00', '18:00']] } })).toThrow(/week\.mon/);
    expect(() => calendar({ week: { monday: [['09:00', '18:00']] } as never })).toThrow(/monday/);
  });
});
