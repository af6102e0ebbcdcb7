import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../worktime/index';
import { addDays, formatIsoDate, parseIsoDate, weekdayOf, type CivilDate } from '../worktime/civil-date';
import { ARTICLE_112_HOLIDAYS } from './holidays';
import { PRODUCTION_COVERAGE, PRODUCTION_YEARS, productionDay, productionYear } from './index';

const federal = createWorkCalendar({ timeZone: 'Europe/Moscow' });
const date = (iso: string) => parseIsoDate(iso)!;
const weekday = (iso: string) => weekdayOf(date(iso).year, date(iso).month, date(iso).day);
const isWeekend = (iso: string) => weekday(iso) === 0 || weekday(iso) === 6;

function datesOf(year: number): string[] {
  const out: string[] = [];
  for (let d: CivilDate = { year, month: 1, day: 1 }; d.year === year; d = addDays(d, 1)) out.push(formatIsoDate(d));
  return out;
}

/**
 * Official totals for a five-day 40-hour week. 2024: 248 days / 1979 h (248 × 8 − 5 shortened days;
 * the 1973 h sometimes quoted is 2023's norm). 2025: 247 / 1972 (domain-anchors §1.2, soc13.ru).
 * 2026: 247 working days and 118 days off (penza-news.net, domain-anchors §1.2); the hours follow
 * from the 4 shortened days in the decree data (247 × 8 − 4 = 1972). 2027: no official total was
 * available; 247 / 1972 is this file counted by hand from domain-anchors §1.2 (261 weekdays − 15
 * weekdays off + 1 working Saturday; 4 shortened days), so it guards the data against edits only.
 */
const TOTALS: Record<number, { workingDays: number; daysOff: number; hours: number }> = {
  2024: { workingDays: 248, daysOff: 118, hours: 1979 },
  2025: { workingDays: 247, daysOff: 118, hours: 1972 },
  2026: { workingDays: 247, daysOff: 118, hours: 1972 },
  2027: { workingDays: 247, daysOff: 118, hours: 1972 },
};

describe('production calendar data', () => {
  it('covers 2024–2027 with one decree each', () => {
    expect(PRODUCTION_YEARS.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027]);
    expect(PRODUCTION_COVERAGE).toEqual({ from: '2024-01-01', to: '2027-12-31' });
    expect(productionYear(2024)!.decree.title).toContain('от 10.08.2023 № 1314');
    expect(productionYear(2025)!.decree.title).toContain('от 04.10.2024 № 1335');
    expect(productionYear(2026)!.decree.title).toContain('от 24.09.2025 № 1466');
    expect(productionYear(2027)!.decree.title).toContain('от 17.09.2026 № 1187');
    expect(productionYear(2027)!.decree.caveat).toMatch(/not read/);
    for (const y of [2024, 2025, 2026]) expect(productionYear(y)!.decree.caveat).toBeUndefined();
  });

  for (const data of PRODUCTION_YEARS) {
    describe(String(data.year), () => {
      const holidays = new Set(data.holidays.map((h) => h.date));
      const transferredTo = new Set(data.transfers.map((t) => t.to));
      const workingWeekends = new Set(data.workingWeekends);
      const isOff = (iso: string) => holidays.has(iso) || transferredTo.has(iso) || (isWeekend(iso) && !workingWeekends.has(iso));

      it('matches the official totals of working days, days off and hours', () => {
        const days = datesOf(data.year).map((d) => federal.describeDay(d));
        const working = days.filter((d) => d.minutes > 0);
        expect(working.length).toBe(TOTALS[data.year]!.workingDays);
        expect(days.length - working.length).toBe(TOTALS[data.year]!.daysOff);
        expect(working.reduce((sum, d) => sum + d.minutes, 0) / 60).toBe(TOTALS[data.year]!.hours);
      });

      it('lists every holiday of ТК РФ ст. 112 ч. 1 with its name, and nothing else', () => {
        const expected = Object.entries(ARTICLE_112_HOLIDAYS).map(([md, name]) => ({ date: `${data.year}-${md}`, name }));
        expect(data.holidays).toEqual(expected);
      });

      it('moves days off from a weekend day to a distinct weekday that was working', () => {
        for (const { from, to } of data.transfers) {
          expect(isWeekend(from), `${from} is a weekend day`).toBe(true);
          expect(isWeekend(to) || holidays.has(to), `${to} was a working day`).toBe(false);
        }
        expect(transferredTo.size).toBe(data.transfers.length);
      });

      it('keeps every holiday that falls on a weekend as a day off elsewhere (ст. 112 ч. 2)', () => {
        for (const h of data.holidays.filter((h) => isWeekend(h.date))) {
          expect(data.transfers.filter((t) => t.from === h.date), h.date).toHaveLength(1);
        }
      });

      it('moves art. 112 transfers to the first working day after the holiday', () => {
        for (const { from, to } of data.transfers.filter((t) => t.basis === 'art112')) {
          expect(holidays.has(from)).toBe(true);
          let next = addDays(date(from), 1);
          while (isWeekend(formatIsoDate(next)) || holidays.has(formatIsoDate(next))) next = addDays(next, 1);
          expect(to).toBe(formatIsoDate(next));
        }
      });

      it('lists as working weekend days exactly the transfers that start on an ordinary weekend day', () => {
        const derived = data.transfers.filter((t) => !holidays.has(t.from)).map((t) => t.from);
        expect([...workingWeekends].sort()).toEqual(derived.sort());
      });

      it('shortens only working days, and every working day right before a holiday (ТК РФ ст. 95)', () => {
        for (const d of data.shortenedDays) expect(isOff(d), `${d} is working`).toBe(false);
        for (const h of holidays) {
          const eve = formatIsoDate(addDays(date(h), -1));
          if (eve.startsWith(String(data.year)) && !isOff(eve)) expect(data.shortenedDays, `${eve} before ${h}`).toContain(eve);
        }
      });

      it('keeps every date inside its year', () => {
        const all = [...holidays, ...data.transfers.flatMap((t) => [t.from, t.to]), ...workingWeekends, ...data.shortenedDays];
        for (const d of all) expect(parseIsoDate(d)?.year, d).toBe(data.year);
      });
    });
  }
});

describe('domain-anchors §1.2 minimum test vectors', () => {
  it('10.03.2025 is a working day (prod-cal gets it wrong)', () => {
    expect(productionDay('2025-03-10')).toBeUndefined();
    expect(federal.describeDay('2025-03-10')).toMatchObject({ kind: 'working', minutes: 480 });
  });
  it('01.11.2025 is a working, shortened Saturday', () => {
    expect(productionDay('2025-11-01')).toMatchObject({ kind: 'workingWeekend', shortened: true });
    expect(federal.describeDay('2025-11-01')).toMatchObject({ kind: 'workingWeekend', minutes: 420 });
  });
  it('09.01.2026 is off', () => {
    expect(federal.describeDay('2026-01-09')).toMatchObject({ kind: 'transferredDayOff', minutes: 0, note: 'Перенос выходного с 03.01.2026' });
  });
  it('31.12.2026 is off', () => {
    expect(federal.describeDay('2026-12-31')).toMatchObject({ kind: 'transferredDayOff', minutes: 0, note: 'Перенос выходного с 04.01.2026' });
  });
  it('20.02.2027 is a working, shortened Saturday', () => {
    expect(federal.describeDay('2027-02-20')).toMatchObject({ kind: 'workingWeekend', minutes: 420 });
  });
  it('22.02.2027 is off', () => {
    expect(federal.describeDay('2027-02-22')).toMatchObject({ kind: 'transferredDayOff', minutes: 0 });
  });
  it('05.11.2027 is off', () => {
    expect(federal.describeDay('2027-11-05')).toMatchObject({ kind: 'transferredDayOff', minutes: 0, note: 'Перенос выходного с 02.01.2027' });
  });
});

describe('the 2024 decree (№ 1314 of 10.08.2023)', () => {
  it('has its three working Saturdays, only 02.11 shortened', () => {
    expect(federal.describeDay('2024-04-27')).toMatchObject({ kind: 'workingWeekend', minutes: 480 });
    expect(federal.describeDay('2024-11-02')).toMatchObject({ kind: 'workingWeekend', minutes: 420 });
    expect(federal.describeDay('2024-12-28')).toMatchObject({ kind: 'workingWeekend', minutes: 480 });
  });
  it('has its five transferred days off', () => {
    for (const d of ['2024-04-29', '2024-04-30', '2024-05-10', '2024-12-30', '2024-12-31']) {
      expect(federal.describeDay(d).kind, d).toBe('transferredDayOff');
    }
  });
});

describe('notes for the year view', () => {
  it('names holidays and art. 112 transfers in Russian', () => {
    expect(productionDay('2026-01-07')!.note).toBe('Рождество Христово');
    expect(productionDay('2026-06-12')!.note).toBe('День России');
    expect(productionDay('2026-03-09')!.note).toBe('Перенос выходного с 08.03.2026 (ст. 112 ТК РФ)');
    expect(productionDay('2026-04-30')!.note).toMatch(/^Предпраздничный день/);
  });
});
