/**
 * The worked examples of domain-anchors.md §2.6 (Mon–Fri 09–13, 14–18, federal calendar) and the
 * seeds' own zones (Idrinsky: Asia/Krasnoyarsk, Blagoveshchensk: Asia/Yakutsk).
 */
import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from './index';
import { formatLocalDateTime, parseLocalDateTime } from './zone';

const MOSCOW = 'Europe/Moscow';
const moscow = createWorkCalendar({ timeZone: MOSCOW });

function local(calendarZone: string) {
  return {
    at: (text: string) => new Date(parseLocalDateTime(text, calendarZone)),
    show: (d: Date) => formatLocalDateTime(d.getTime(), calendarZone),
  };
}
const { at, show } = local(MOSCOW);
const hours = (n: number) => n * 60;

describe('domain-anchors §2.6 worked examples', () => {
  it('#1 a start outside hours: Fri 06.11.2026 20:15 + 8 wh → Mon 09.11.2026 18:00', () => {
    expect(show(moscow.addWorkingMinutes(at('2026-11-06 20:15'), hours(8)))).toBe('2026-11-09 18:00');
  });

  it('#2 a deadline exactly at closing time stays at 18:00', () => {
    expect(show(moscow.addWorkingMinutes(at('2026-11-09 09:00'), hours(8)))).toBe('2026-11-09 18:00');
    expect(show(moscow.addWorkingMinutes(at('2026-11-09 17:30'), 30))).toBe('2026-11-09 18:00');
  });

  it('#3 lunch inside 30 working minutes: routed 12:50 → 14:20', () => {
    expect(show(moscow.addWorkingMinutes(at('2026-11-10 12:50'), 30))).toBe('2026-11-10 14:20');
  });

  it('#4 a shortened pre-holiday day: Thu 30.04.2026 16:30 + 8 wh → Mon 04.05.2026 17:30', () => {
    expect(show(moscow.addWorkingMinutes(at('2026-04-30 16:30'), hours(8)))).toBe('2026-05-04 17:30');
  });

  it('#5 a working Saturday: Sat 20.02.2027 10:00 + 4 wh → Sat 20.02.2027 15:00', () => {
    expect(show(moscow.addWorkingMinutes(at('2027-02-20 10:00'), hours(4)))).toBe('2027-02-20 15:00');
    // …and it closes at 17:00 (pre-holiday); one more hour runs over the 21–23.02 days off to Wed 24.02.
    expect(show(moscow.addWorkingMinutes(at('2027-02-20 10:00'), hours(6)))).toBe('2027-02-20 17:00');
    expect(show(moscow.addWorkingMinutes(at('2027-02-20 10:00'), hours(7)))).toBe('2027-02-24 10:00');
  });

  it('#6 10.03.2025 works: Fri 07.03.2025 15:00 + 8 wh → Mon 10.03.2025 16:00', () => {
    expect(show(moscow.addWorkingMinutes(at('2025-03-07 15:00'), hours(8)))).toBe('2025-03-10 16:00');
  });

  it('#7 Idrinsky: 24 h skipping non-working days vs 8 wh, the later wins (Tue 03.11.2026 16:00 → Thu 05.11 17:00)', () => {
    const start = at('2026-11-03 16:00');
    const skipping = moscow.addCalendarMinutesSkippingNonWorkingDays(start, hours(24));
    const working = moscow.addWorkingMinutes(start, hours(8));
    expect(show(skipping)).toBe('2026-11-05 16:00');
    expect(show(working)).toBe('2026-11-05 17:00');
    expect(show(new Date(Math.max(skipping.getTime(), working.getTime())))).toBe('2026-11-05 17:00');
  });

  it('#8 the same instant in Kaliningrad and Kamchatka (06.03.2026 06:00 UTC + 8 wh)', () => {
    const instant = new Date(Date.UTC(2026, 2, 6, 6, 0));
    const kaliningrad = local('Europe/Kaliningrad');
    const kamchatka = local('Asia/Kamchatka');
    expect(kaliningrad.show(instant)).toBe('2026-03-06 08:00');
    expect(kaliningrad.show(createWorkCalendar({ timeZone: 'Europe/Kaliningrad' }).addWorkingMinutes(instant, hours(8)))).toBe('2026-03-06 18:00');
    expect(kamchatka.show(instant)).toBe('2026-03-06 18:00');
    expect(kamchatka.show(createWorkCalendar({ timeZone: 'Asia/Kamchatka' }).addWorkingMinutes(instant, hours(8)))).toBe('2026-03-10 18:00');
  });

  it('#9 a draft due 3 wh before the answer deadline (subtraction over a night and a weekend)', () => {
    expect(show(moscow.subtractWorkingMinutes(at('2026-11-09 11:00'), hours(3)))).toBe('2026-11-06 17:00');
    expect(show(moscow.subtractWorkingMinutes(at('2026-11-09 18:00'), hours(3)))).toBe('2026-11-09 15:00');
  });

  it('#10 a final answer within 7 working days of an interim one ends at the 7th working day’s closing', () => {
    // Interim published Thu 30.04.2026 11:00. Counting starts on 01.05 (ГК РФ ст. 191); 01–03.05 and
    // 09–11.05 are off, so the working days are 04, 05, 06, 07, 08 (shortened), 12, 13 May.
    expect(show(moscow.addWorkingDays(at('2026-04-30 11:00'), 7))).toBe('2026-05-13 18:00');
    // Ending on a shortened day gives its shortened closing: 5th working day = Fri 08.05.2026.
    expect(show(moscow.addWorkingDays(at('2026-04-30 11:00'), 5))).toBe('2026-05-08 17:00');
  });

  it('#13 deadlines past the data are provisional', () => {
    const late = moscow.addWorkingMinutes(at('2027-12-30 17:00'), hours(8));
    // 1 h on Thu 30.12; 31.12.2027 is off; 2028 has no decree yet, so Mon 03.01.2028 counts as a plain Monday.
    expect(show(late)).toBe('2028-01-03 17:00');
    expect(moscow.isProvisional(late)).toBe(true);
    expect(moscow.isProvisional(at('2027-12-30 17:00'))).toBe(false);
  });

  it('#16 whole minutes: the start’s seconds are dropped', () => {
    const start = new Date(at('2026-11-10 12:50').getTime() + 59_999);
    expect(show(moscow.addWorkingMinutes(start, 30))).toBe('2026-11-10 14:20');
    expect(moscow.addWorkingMinutes(start, 30).getSeconds()).toBe(0);
  });
});

describe('the seeds’ own zones', () => {
  it('Idrinsky (Asia/Krasnoyarsk, UTC+7): routing ≤ 3 wh from posting, posted Fri 17:30 local', () => {
    const k = local('Asia/Krasnoyarsk');
    const idrinsky = createWorkCalendar({ timeZone: 'Asia/Krasnoyarsk' });
    const posted = k.at('2026-11-13 17:30');
    expect(posted.toISOString()).toBe('2026-11-13T10:30:00.000Z');
    expect(k.show(idrinsky.addWorkingMinutes(posted, hours(3)))).toBe('2026-11-16 11:30');
  });

  it('Idrinsky: «24 hours without weekends and holidays, at least 8 working hours» — either can be the later', () => {
    const k = local('Asia/Krasnoyarsk');
    const idrinsky = createWorkCalendar({ timeZone: 'Asia/Krasnoyarsk' });
    const answer = (text: string) => {
      const start = k.at(text);
      const skipping = idrinsky.addCalendarMinutesSkippingNonWorkingDays(start, hours(24));
      const working = idrinsky.addWorkingMinutes(start, hours(8));
      return [k.show(skipping), k.show(working)];
    };
    // Thu evening: 24 h run to Fri 20:00, 8 wh end at Fri 18:00 → the 24 h decide.
    expect(answer('2026-11-12 20:00')).toEqual(['2026-11-13 20:00', '2026-11-13 18:00']);
    // Received on a Saturday: the clock starts at Mon 00:00, so 24 h end at Tue 00:00.
    expect(answer('2026-11-14 12:00')).toEqual(['2026-11-17 00:00', '2026-11-16 18:00']);
    // Before 04.11 (День народного единства): Tue 16:00 → Thu 16:00 vs Thu 17:00 (8 wh, 03.11 shortened).
    expect(answer('2026-11-03 16:00')).toEqual(['2026-11-05 16:00', '2026-11-05 17:00']);
  });

  it('Blagoveshchensk (Asia/Yakutsk, UTC+9): 8 wh from a detection at 11:00 Moscow time (17:00 local)', () => {
    const y = local('Asia/Yakutsk');
    const blagoveshchensk = createWorkCalendar({ timeZone: 'Asia/Yakutsk' });
    const detected = at('2026-06-10 11:00'); // Wed; Thu 11.06 is shortened, Fri 12.06 is День России
    expect(y.show(detected)).toBe('2026-06-10 17:00');
    // 1 h on Wed, 7 h on the shortened Thu (09–13, 14–17), and nothing left for Mon.
    expect(y.show(blagoveshchensk.addWorkingMinutes(detected, hours(8)))).toBe('2026-06-11 17:00');
    expect(y.show(blagoveshchensk.addWorkingMinutes(detected, hours(8) + 1))).toBe('2026-06-15 09:01');
    // Counted in Moscow instead, the same instant is due Thu 11:00 Moscow time: the zone decides.
    expect(show(moscow.addWorkingMinutes(detected, hours(8)))).toBe('2026-06-11 11:00');
  });
});
