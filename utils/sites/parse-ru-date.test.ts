import { describe, expect, it } from 'vitest';
import { fromEpochAttribute, fromIsoWithZone, fromUnixSeconds, parseRuDate, parseRuDateDetailed } from './parse-ru-date';

const MSK = 'Europe/Moscow';
const KRSK = 'Asia/Krasnoyarsk';
const iso = (text: string) => Date.parse(text);
/** Saturday 15 March 2025, 12:00 in Moscow (16:00 in Krasnoyarsk). */
const NOW = iso('2025-03-15T12:00:00+03:00');

describe('parseRuDate, relative forms', () => {
  const ctx = { now: NOW, timeZone: MSK };
  it.each([
    ['только что', 0],
    ['5 минут назад', 5],
    ['минуту назад', 1],
    ['две минуты назад', 2],
    ['5 мин назад', 5],
    ['30 секунд назад', 0.5],
    ['2 часа назад', 120],
    ['час назад', 60],
    ['три часа назад', 180],
    ['2 ч назад', 120],
    ['21 час назад', 21 * 60],
    ['2 дня назад', 2 * 24 * 60],
  ])('%s is %d minutes before now', (text, minutes) => {
    expect(parseRuDate(text, ctx)).toBe(NOW - minutes * 60_000);
  });

  it('reports the precision the page gives', () => {
    expect(parseRuDateDetailed('5 минут назад', ctx)?.precision).toBe('minute');
    expect(parseRuDateDetailed('2 часа назад', ctx)?.precision).toBe('hour');
    expect(parseRuDateDetailed('12 марта 2025', ctx)?.precision).toBe('day');
    expect(parseRuDateDetailed('вчера в 18:02', ctx)?.precision).toBe('minute');
  });

  it('does not depend on the zone', () => {
    expect(parseRuDate('5 минут назад', { now: NOW, timeZone: KRSK })).toBe(NOW - 5 * 60_000);
  });
});

describe('parseRuDate, calendar forms in two zones', () => {
  it.each([
    ['сегодня в 10:15', '2025-03-15T10:15'],
    ['Сегодня в 10:15', '2025-03-15T10:15'],
    ['вчера в 18:02', '2025-03-14T18:02'],
    ['вчера', '2025-03-14T00:00'],
    ['позавчера в 7:30', '2025-03-13T07:30'],
    ['12 мар в 10:15', '2025-03-12T10:15'],
    ['12 марта в 10:15', '2025-03-12T10:15'],
    ['12 марта 2025', '2025-03-12T00:00'],
    ['12 марта 2025 в 9:05', '2025-03-12T09:05'],
    ['12 мар 2025 в 9:05', '2025-03-12T09:05'],
    ['29 авг в 16:45', '2024-08-29T16:45'],
    ['1 сент. в 8:00', '2024-09-01T08:00'],
    ['5 мая 2023', '2023-05-05T00:00'],
    ['12 янв', '2025-01-12T00:00'],
    ['16 мар в 10:00', '2025-03-16T10:00'],
    ['12.03.2025 в 10:15', '2025-03-12T10:15'],
    ['12\u00a0марта\u00a02025\u00a0в\u00a09:05', '2025-03-12T09:05'],
  ])('%s → %s local', (text, local) => {
    expect(parseRuDate(text, { now: NOW, timeZone: MSK })).toBe(iso(`${local}:00+03:00`));
    expect(parseRuDate(text, { now: NOW, timeZone: KRSK })).toBe(iso(`${local}:00+07:00`));
  });

  it('takes a date without a year as the most recent past one', () => {
    const newYear = iso('2025-01-01T10:00:00+03:00');
    expect(parseRuDate('31 дек в 23:59', { now: newYear, timeZone: MSK })).toBe(iso('2024-12-31T23:59:00+03:00'));
    expect(parseRuDate('вчера в 23:59', { now: newYear, timeZone: MSK })).toBe(iso('2024-12-31T23:59:00+03:00'));
    expect(parseRuDate('20 мар в 10:00', { now: NOW, timeZone: MSK })).toBe(iso('2024-03-20T10:00:00+03:00'));
  });

  it('counts «вчера» from the local date, not the UTC date', () => {
    // 00:30 on 15 March in Moscow is still 14 March in UTC and already 04:30 on 15 March in Krasnoyarsk.
    const justAfterMidnight = iso('2025-03-15T00:30:00+03:00');
    expect(parseRuDate('вчера в 18:02', { now: justAfterMidnight, timeZone: MSK })).toBe(iso('2025-03-14T18:02:00+03:00'));
    expect(parseRuDate('вчера в 18:02', { now: justAfterMidnight, timeZone: KRSK })).toBe(iso('2025-03-14T18:02:00+07:00'));
    expect(parseRuDate('сегодня в 00:10', { now: justAfterMidnight, timeZone: MSK })).toBe(iso('2025-03-15T00:10:00+03:00'));
  });

  it.each(['', 'давно', 'недавно', '32 марта 2025', '29 фев 2025', '12 мартобря 2025', 'сегодня в 25:00', '12 марта 2025 в 10:75', 'абв назад', '31.02.2025'])(
    'returns undefined for %j instead of guessing',
    (text) => {
      expect(parseRuDate(text, { now: NOW, timeZone: MSK })).toBeUndefined();
    },
  );

  it('reads a bare time as today’s, or yesterday’s when today’s is still far ahead (a page read after midnight)', () => {
    expect(parseRuDateDetailed('10:15', { now: NOW, timeZone: MSK })).toEqual({ at: iso('2025-03-15T10:15:00+03:00'), precision: 'minute' });
    expect(parseRuDate('7:05', { now: NOW, timeZone: KRSK })).toBe(iso('2025-03-15T07:05:00+07:00'));
    // The site's clock a little ahead of ours: still today.
    expect(parseRuDate('12:03', { now: NOW, timeZone: MSK })).toBe(iso('2025-03-15T12:03:00+03:00'));
    const justAfterMidnight = iso('2025-03-01T00:05:00+03:00');
    expect(parseRuDate('23:50', { now: justAfterMidnight, timeZone: MSK })).toBe(iso('2025-02-28T23:50:00+03:00'));
    expect(parseRuDate('00:01', { now: justAfterMidnight, timeZone: MSK })).toBe(iso('2025-03-01T00:01:00+03:00'));
    expect(parseRuDate('20:00', { now: iso('2025-03-01T06:00:00+03:00'), timeZone: MSK })).toBe(iso('2025-02-28T20:00:00+03:00'));
    // Ahead by more than the clocks may differ and less than a night: a wrong clock or zone, not guessed.
    expect(parseRuDate('12:16', { now: NOW, timeZone: MSK })).toBeUndefined();
    expect(parseRuDate('18:00', { now: NOW, timeZone: MSK })).toBeUndefined();
    expect(parseRuDate('24:00', { now: NOW, timeZone: MSK })).toBeUndefined();
    expect(parseRuDate('9:75', { now: NOW, timeZone: MSK })).toBeUndefined();
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseRuDate('29 фев 2024 в 12:00', { now: NOW, timeZone: MSK })).toBe(iso('2024-02-29T12:00:00+03:00'));
  });
});

describe('attribute times', () => {
  it('reads VK rel_date unix seconds', () => {
    expect(fromUnixSeconds('1741763700')).toBe(1741763700_000);
    expect(fromUnixSeconds(' 1741763700 ')).toBe(1741763700_000);
    expect(fromUnixSeconds('')).toBeUndefined();
    expect(fromUnixSeconds(null)).toBeUndefined();
    expect(fromUnixSeconds('12 мар')).toBeUndefined();
  });
  it('reads OK data-time as ms, or seconds when it can only be seconds', () => {
    expect(fromEpochAttribute('1741763700000')).toBe(1741763700_000);
    expect(fromEpochAttribute('1741763700')).toBe(1741763700_000);
    expect(fromEpochAttribute('17417')).toBeUndefined();
    expect(fromEpochAttribute('x1741763700000')).toBeUndefined();
  });
  it('reads ISO datePublished only with a zone', () => {
    expect(fromIsoWithZone('2025-03-12T10:15:00+03:00')).toBe(iso('2025-03-12T07:15:00Z'));
    expect(fromIsoWithZone('2025-03-12T07:15:00.000Z')).toBe(iso('2025-03-12T07:15:00Z'));
    expect(fromIsoWithZone('2025-03-12T10:15:00')).toBeUndefined();
    expect(fromIsoWithZone('2025-03-12')).toBeUndefined();
  });
});
