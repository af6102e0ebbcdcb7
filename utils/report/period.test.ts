import { describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/index';
import { periodLabel } from './labels';
import { currentMonth, currentQuarter, customPeriod, customPeriodProblem, inPeriod, monthPeriod, periodDays, periodWeeks, previousPeriod, quarterPeriod } from './period';

describe('report periods in the administration’s zone', () => {
  it('starts a quarter at local midnight, whatever the machine’s zone', () => {
    const q = quarterPeriod(2026, 1, 'Asia/Yakutsk'); // UTC+9
    expect(q.from).toBe(Date.UTC(2025, 11, 31, 15, 0));
    expect(q.to).toBe(Date.UTC(2026, 2, 31, 15, 0));
    expect([q.startDate, q.endDate]).toEqual(['2026-01-01', '2026-03-31']);
    expect(inPeriod(q.to - 1, q)).toBe(true);
    expect(inPeriod(q.to, q)).toBe(false);
  });

  it('finds the current quarter and month from `now` in the zone', () => {
    // 2026-03-31 16:00 UTC is already 1 April in Yakutsk and still 31 March in Moscow.
    const now = Date.UTC(2026, 2, 31, 16, 0);
    expect(currentQuarter(now, 'Asia/Yakutsk').startDate).toBe('2026-04-01');
    expect(currentQuarter(now, 'Europe/Moscow').startDate).toBe('2026-01-01');
    expect(currentMonth(now, 'Asia/Yakutsk')).toMatchObject({ kind: 'month', startDate: '2026-04-01', endDate: '2026-04-30' });
  });

  it('compares with the previous period of the same kind and length', () => {
    expect(previousPeriod(quarterPeriod(2026, 1, 'Europe/Moscow'))).toMatchObject({ startDate: '2025-10-01', endDate: '2025-12-31' });
    expect(previousPeriod(quarterPeriod(2026, 3, 'Europe/Moscow'))).toMatchObject({ startDate: '2026-04-01', endDate: '2026-06-30' });
    expect(previousPeriod(monthPeriod(2026, 3, 'Europe/Moscow'))).toMatchObject({ startDate: '2026-02-01', endDate: '2026-02-28' });
    expect(previousPeriod(monthPeriod(2026, 1, 'Europe/Moscow'))).toMatchObject({ startDate: '2025-12-01', endDate: '2025-12-31' });
    const span = customPeriod('2026-02-20', '2026-03-05', 'Europe/Moscow');
    expect(periodDays(span)).toBe(14);
    expect(previousPeriod(span)).toMatchObject({ kind: 'custom', startDate: '2026-02-06', endDate: '2026-02-19' });
  });

  it('refuses a span that ends before it starts or is not a date', () => {
    expect(() => customPeriod('2026-03-05', '2026-03-04', 'Europe/Moscow')).toThrow(RangeError);
    expect(() => customPeriod('2026-02-30', '2026-03-04', 'Europe/Moscow')).toThrow(RangeError);
    expect(periodDays(customPeriod('2026-03-05', '2026-03-05', 'Europe/Moscow'))).toBe(1);
    expect(customPeriodProblem('2026-03-05', '2026-03-04')).toBe('endBeforeStart');
    expect(customPeriodProblem('', '2026-03-04')).toBe('noStart');
    expect(customPeriodProblem('2026-02-30', '2026-03-04')).toBe('noStart');
    expect(customPeriodProblem('2026-03-01', '')).toBe('noEnd');
    expect(customPeriodProblem('2026-03-05', '2026-03-05')).toBeUndefined();
  });

  it('cuts the period into Monday weeks clipped to it', () => {
    const march = monthPeriod(2026, 3, 'Europe/Moscow'); // 1 March 2026 is a Sunday
    const weeks = periodWeeks(march);
    expect(weeks.map((w) => w.monday)).toEqual(['2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30']);
    expect(weeks[0]!.from).toBe(march.from);
    expect(weeks[5]!.to).toBe(march.to);
    expect(weeks[1]!.to - weeks[1]!.from).toBe(7 * 86_400_000);
  });

  it('names periods in both locales', () => {
    setLocale('ru');
    expect(periodLabel(quarterPeriod(2026, 4, 'Europe/Moscow'))).toBe('IV квартал 2026 г.');
    expect(periodLabel(monthPeriod(2026, 3, 'Europe/Moscow'))).toBe('март 2026 г.');
    expect(periodLabel(customPeriod('2026-02-20', '2026-03-05', 'Europe/Moscow'))).toBe('20.02.2026 – 05.03.2026');
    setLocale('en');
    expect(periodLabel(quarterPeriod(2026, 4, 'Europe/Moscow'))).toBe('Q4 2026');
    setLocale('ru');
  });
});
