import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/index';
import { parseTimeOfDay, timeOfDayPattern } from './time-of-day';

afterEach(() => setLocale('ru'));

const ok = (value: string) => ({ ok: true, value });

describe('parseTimeOfDay (24-hour clock)', () => {
  it('normalises what people type to HH:MM', () => {
    expect(parseTimeOfDay('9:00')).toEqual(ok('09:00'));
    expect(parseTimeOfDay('09:00')).toEqual(ok('09:00'));
    expect(parseTimeOfDay(' 9.30 ')).toEqual(ok('09:30'));
    expect(parseTimeOfDay('0930')).toEqual(ok('09:30'));
    expect(parseTimeOfDay('930')).toEqual(ok('09:30'));
    expect(parseTimeOfDay('18')).toEqual(ok('18:00'));
    expect(parseTimeOfDay('0')).toEqual(ok('00:00'));
    expect(parseTimeOfDay('23:59')).toEqual(ok('23:59'));
  });

  it('refuses the 12-hour clock and anything that is not a time, in Russian', () => {
    const format = 'Нужно время ЧЧ:ММ по 24-часовым часам, например 09:00 или 18:30';
    expect(parseTimeOfDay('6:00 PM')).toEqual({ ok: false, message: format });
    expect(parseTimeOfDay('9:0')).toEqual({ ok: false, message: format });
    expect(parseTimeOfDay('девять')).toEqual({ ok: false, message: format });
    expect(parseTimeOfDay('12345')).toEqual({ ok: false, message: format });
    expect(parseTimeOfDay('')).toEqual({ ok: false, message: 'Укажите время в формате ЧЧ:ММ, например 09:00' });
    expect(parseTimeOfDay('25:00')).toEqual({ ok: false, message: 'Часы — от 00 до 23' });
    expect(parseTimeOfDay('9:60')).toEqual({ ok: false, message: 'Минуты — от 00 до 59' });
  });

  it('takes 24:00 only as the end of a day, and only on the hour', () => {
    expect(parseTimeOfDay('24:00')).toEqual({ ok: false, message: 'Часы — от 00 до 23' });
    expect(parseTimeOfDay('24:00', { endOfDay: true })).toEqual(ok('24:00'));
    expect(parseTimeOfDay('24', { endOfDay: true })).toEqual(ok('24:00'));
    expect(parseTimeOfDay('24:30', { endOfDay: true })).toEqual({ ok: false, message: 'Часы — от 00 до 23 (конец суток — 24:00)' });
  });

  it('speaks English in the English interface', () => {
    setLocale('en');
    expect(parseTimeOfDay('7 pm')).toEqual({ ok: false, message: 'Enter a 24-hour time HH:MM, e.g. 09:00 or 18:30' });
  });

  it('has an input pattern that agrees with the parser', () => {
    const samples = ['9', '09', '9:00', '09:00', '9.30', '930', '0930', '23:59', '24:00', '24', '2400', '25:00', '9:60', '6:00 PM', '9:0', '', '12345', '24:30', '0:00'];
    for (const endOfDay of [false, true]) {
      const pattern = new RegExp(`^(?:${timeOfDayPattern({ endOfDay })})$`, 'v');
      for (const sample of samples) expect(pattern.test(sample), `${sample} (endOfDay ${endOfDay})`).toBe(parseTimeOfDay(sample, { endOfDay }).ok);
    }
  });

  it('is matched whole from its first character at every minute of the day, also by a validator that does not anchor it', () => {
    for (const endOfDay of [false, true]) {
      const unanchored = new RegExp(timeOfDayPattern({ endOfDay }), 'v');
      const times = ['24:00', '2400'].filter(() => endOfDay);
      for (let minute = 0; minute < 24 * 60; minute++) {
        const hh = String(Math.floor(minute / 60)).padStart(2, '0');
        const mm = String(minute % 60).padStart(2, '0');
        times.push(`${hh}:${mm}`, `${hh}${mm}`, `${Number(hh)}.${mm}`);
      }
      for (const time of times) expect(unanchored.exec(time)?.[0], `${time} (endOfDay ${endOfDay})`).toBe(time);
    }
  });
});
