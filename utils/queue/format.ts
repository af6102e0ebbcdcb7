/**
 * How the queue writes working time left and the wall-clock due moment:
 *   «2 ч 15 мин раб.», «45 мин раб.», «просрочено на 1 ч 05 мин раб.»;
 *   «до 17:30, пт» (this week), «до 09:15, пн 30.11» (another week), «до 09:15, пн 30.11.2027».
 * Minutes are counted down whole: 59.5 working minutes left read «59 мин», so the text never
 * claims an hour while the urgency already says "under one hour".
 */
import { defineMessages, getLocale, plural, type Locale } from '../i18n/index';
import { zonedParts, type ZonedParts } from '../worktime/zone';
import type { WorkingLeft } from './urgency';

/** Above this many working hours the minutes are dropped: «56 ч раб.». */
const HOURS_WITHOUT_MINUTES = 24;

const { t } = defineMessages({
  ru: {
    left: (p: { span: string }) => `${p.span} раб.`,
    lateLead: 'просрочено на',
    hm: (p: { h: number; mm: string }) => `${p.h} ч ${p.mm} мин`,
    h: (p: { h: number }) => `${p.h} ч`,
    m: (p: { m: number }) => `${p.m} мин`,
    underMinute: '< 1 мин',
    longLeft: (p: { span: string }) => `осталось ${p.span} рабочего времени`,
    longLate: (p: { span: string }) => `просрочено на ${p.span} рабочего времени`,
    longUnderMinute: 'меньше минуты',
    by: (p: { time: string; day: string }) => `до ${p.time}, ${p.day}`,
  },
  en: {
    left: (p: { span: string }) => `${p.span} working`,
    lateLead: 'overdue by',
    hm: (p: { h: number; mm: string }) => `${p.h} h ${p.mm} min`,
    h: (p: { h: number }) => `${p.h} h`,
    m: (p: { m: number }) => `${p.m} min`,
    underMinute: '< 1 min',
    longLeft: (p: { span: string }) => `${p.span} of working time left`,
    longLate: (p: { span: string }) => `overdue by ${p.span} of working time`,
    longUnderMinute: 'less than a minute',
    by: (p: { time: string; day: string }) => `by ${p.time}, ${p.day}`,
  },
});

const WEEKDAYS: Record<Locale, readonly string[]> = {
  ru: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const HOUR_FORMS: Record<Locale, readonly string[]> = { ru: ['час', 'часа', 'часов'], en: ['hour', 'hours'] };
const MINUTE_FORMS: Record<Locale, readonly string[]> = { ru: ['минута', 'минуты', 'минут'], en: ['minute', 'minutes'] };

const pad2 = (n: number) => String(n).padStart(2, '0');

function span(whole: number): string {
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (h >= HOURS_WITHOUT_MINUTES) return t('h', { h });
  if (h > 0) return t('hm', { h, mm: pad2(m) });
  return t('m', { m });
}

/**
 * The short countdown in its two parts, for a narrow column that may put them on two lines: the
 * lead («просрочено на»; '' while time is left) and the time («1 ч 05 мин раб.»).
 */
export function workingLeftParts(left: WorkingLeft): { lead: string; time: string } {
  const whole = Math.floor(left.minutes);
  const time = t('left', { span: whole < 1 ? t('underMinute') : span(whole) });
  return { lead: left.overdue ? t('lateLead') : '', time };
}

/** The short countdown shown in a row: «2 ч 15 мин раб.», «просрочено на 1 ч 05 мин раб.». */
export function formatWorkingLeft(left: WorkingLeft): string {
  const { lead, time } = workingLeftParts(left);
  return lead ? `${lead} ${time}` : time;
}

/** The same in words with plural forms, for screen readers and tooltips: «осталось 2 часа 15 минут рабочего времени». */
export function describeWorkingLeft(left: WorkingLeft): string {
  const locale = getLocale();
  const whole = Math.floor(left.minutes);
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  const parts: string[] = [];
  if (h > 0) parts.push(`${h} ${plural(locale, h, HOUR_FORMS[locale])}`);
  if (m > 0 || (h === 0 && whole >= 1)) parts.push(`${m} ${plural(locale, m, MINUTE_FORMS[locale])}`);
  const text = whole < 1 ? t('longUnderMinute') : parts.join(' ');
  return left.overdue ? t('longLate', { span: text }) : t('longLeft', { span: text });
}

// A row asks for the same due moment every second: keep the latest readings (a cache, not state).
const partsCache = new Map<string, ZonedParts>();
const PARTS_CACHE_SIZE = 512;

function cachedParts(ms: number, timeZone: string): ZonedParts {
  const key = `${timeZone}|${Math.floor(ms / 60_000)}`;
  let parts = partsCache.get(key);
  if (!parts) {
    parts = zonedParts(Math.floor(ms / 60_000) * 60_000, timeZone);
    if (partsCache.size >= PARTS_CACHE_SIZE) partsCache.delete(partsCache.keys().next().value!);
    partsCache.set(key, parts);
  }
  return parts;
}

/** Days since 1970-01-01 of the zoned calendar date. */
function dayNumber(p: ZonedParts): number {
  return Date.UTC(p.year, p.month - 1, p.day) / 86_400_000;
}

/** Monday-based week start, as a day number. */
function weekStart(p: ZonedParts): number {
  return dayNumber(p) - ((p.weekday + 6) % 7);
}

/**
 * The wall-clock moment `due` falls on, in the administration's zone: «до 17:30, пт» when it is in
 * the same Monday–Sunday week as `now` there, otherwise with the date «до 09:15, пн 30.11» (and the
 * year when it differs).
 */
export function formatDueMoment(due: number, now: number, timeZone: string): string {
  const locale = getLocale();
  const d = cachedParts(due, timeZone);
  const n = cachedParts(now, timeZone);
  const time = `${pad2(d.hour)}:${pad2(d.minute)}`;
  const weekday = WEEKDAYS[locale][d.weekday]!;
  let day = weekday;
  if (weekStart(d) !== weekStart(n)) {
    const sameYear = d.year === n.year;
    day =
      locale === 'ru'
        ? `${weekday} ${pad2(d.day)}.${pad2(d.month)}${sameYear ? '' : `.${d.year}`}`
        : `${weekday} ${d.day} ${MONTHS_EN[d.month - 1]}${sameYear ? '' : ` ${d.year}`}`;
  }
  return t('by', { time, day });
}
