/**
 * Posting times as VK and OK write them, in Russian, read in the operator's IANA time zone.
 * Every function returns epoch ms or undefined: a text that is not understood is never guessed.
 */
import { instantOfWallClock, wallClockAt } from './zoned-time';

export interface RuDateContext {
  /** Epoch ms the relative forms count from. */
  now: number;
  /** IANA zone the page shows its times in (the browser's zone for VK and OK). */
  timeZone: string;
}

/** How exact the page is: «5 минут назад» is minute-exact, «2 часа назад» hour, «12 марта 2025» a day. */
export type TimePrecision = 'second' | 'minute' | 'hour' | 'day';

export interface ParsedRuDate {
  at: number;
  precision: TimePrecision;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A date without a year up to this far in the future is taken as this year (zone drift), else last year. */
const FUTURE_TOLERANCE = DAY;

/**
 * Every spelling of a month the sites use, January to December: genitive, nominative, and the
 * short forms (with or without a dot). One string, not arrays: it ships in every content script.
 */
const MONTH_FORMS =
  'января январь янв|февраля февраль фев февр|марта март мар|апреля апрель апр|мая май|июня июнь июн|' +
  'июля июль июл|августа август авг|сентября сентябрь сен сент|октября октябрь окт|ноября ноябрь ноя нояб|декабря декабрь дек';
const MONTHS = new Map(MONTH_FORMS.split('|').flatMap((forms, index) => forms.split(' ').map((form) => [form, index + 1] as const)));

const NUMBER_WORDS: Record<string, number> = {
  одну: 1, одна: 1, один: 1, две: 2, два: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10,
};

const RELATIVE_RE = /^(?:(\d+|[а-яё]+)\s+)?(секунд[уы]?|сек|минут[уы]?|мин|час(?:а|ов)?|ч|день|дня|дней|дн)\.?\s+назад$/;
const DAY_WORD_RE = /^(сегодня|вчера|позавчера)(?:\s*(?:в|,)?\s*(\d{1,2}):(\d{2}))?$/;
const MONTH_NAME_RE = /^(\d{1,2})\s+([а-яё]+)\.?(?:\s+(\d{4})(?:\s*г\.?)?)?(?:\s*(?:в|,)?\s*(\d{1,2}):(\d{2}))?$/;
const NUMERIC_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*(?:в|,)?\s*(\d{1,2}):(\d{2}))?$/;
const TIME_ONLY_RE = /^(\d{1,2}):(\d{2})$/;
/** How far a bare time may lie ahead of `now` and still be today's (the site's clock against ours). */
const CLOCK_SKEW = 5 * MINUTE;
/** A bare time at least this far ahead is yesterday's (a page read after midnight); between the two it is not guessed. */
const YESTERDAY_AHEAD = 12 * HOUR;

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\u00a0\u202f\s]+/g, ' ').trim();
}

function unitMs(unit: string): { ms: number; precision: TimePrecision } | undefined {
  if (unit.startsWith('сек')) return { ms: 1000, precision: 'second' };
  if (unit.startsWith('мин')) return { ms: MINUTE, precision: 'minute' };
  if (unit.startsWith('ч')) return { ms: HOUR, precision: 'hour' };
  if (unit.startsWith('д')) return { ms: DAY, precision: 'day' };
  return undefined;
}

function validWall(year: number, month: number, day: number, hour: number, minute: number): boolean {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCDate() === day && probe.getUTCMonth() === month - 1;
}

function monthOf(word: string): number | undefined {
  return MONTHS.get(word);
}

function parseRelative(text: string, now: number): ParsedRuDate | undefined {
  const match = RELATIVE_RE.exec(text);
  if (!match) return undefined;
  const unit = unitMs(match[2] ?? '');
  if (!unit) return undefined;
  let count = 1;
  if (match[1] !== undefined) {
    count = /^\d+$/.test(match[1]) ? Number(match[1]) : (NUMBER_WORDS[match[1]] ?? NaN);
  }
  if (!Number.isFinite(count)) return undefined;
  return { at: now - count * unit.ms, precision: unit.precision };
}

function atWall(
  year: number,
  month: number,
  day: number,
  time: { hour: string; minute: string } | undefined,
  timeZone: string,
): ParsedRuDate | undefined {
  const hour = time ? Number(time.hour) : 0;
  const minute = time ? Number(time.minute) : 0;
  if (!validWall(year, month, day, hour, minute)) return undefined;
  return { at: instantOfWallClock({ year, month, day, hour, minute }, timeZone), precision: time ? 'minute' : 'day' };
}

function timeOf(hour: string | undefined, minute: string | undefined): { hour: string; minute: string } | undefined {
  return hour !== undefined && minute !== undefined ? { hour, minute } : undefined;
}

/** Parses a Russian posting time; see the tests for every accepted form. */
export function parseRuDateDetailed(raw: string, { now, timeZone }: RuDateContext): ParsedRuDate | undefined {
  const text = normalise(raw);
  if (!text) return undefined;
  if (text === 'только что' || text === 'сейчас') return { at: now, precision: 'minute' };

  const relative = parseRelative(text, now);
  if (relative) return relative;

  const today = wallClockAt(now, timeZone);
  // Date.UTC normalises day 0 / -1 into the previous month; validate on the normalised date.
  const daysBack = (back: number, time: { hour: string; minute: string } | undefined) => {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day - back));
    return atWall(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), time, timeZone);
  };
  const dayWord = DAY_WORD_RE.exec(text);
  if (dayWord) return daysBack(dayWord[1] === 'сегодня' ? 0 : dayWord[1] === 'вчера' ? 1 : 2, timeOf(dayWord[2], dayWord[3]));

  // A bare time is today's (OK writes so the items of the day). Far ahead of now it is yesterday's
  // (a page read after midnight: «23:50» at 00:05); a few minutes ahead, the site's clock is ahead of
  // ours. Anything between means a wrong clock or zone: reported missing rather than a day off.
  const timeOnly = TIME_ONLY_RE.exec(text);
  if (timeOnly) {
    const time = timeOf(timeOnly[1], timeOnly[2]);
    const todays = daysBack(0, time);
    if (!todays || todays.at <= now + CLOCK_SKEW) return todays;
    return todays.at - now >= YESTERDAY_AHEAD ? daysBack(1, time) : undefined;
  }

  const named = MONTH_NAME_RE.exec(text);
  if (named) {
    const month = monthOf(named[2] ?? '');
    if (!month) return undefined;
    const time = timeOf(named[4], named[5]);
    const day = Number(named[1]);
    if (named[3]) return atWall(Number(named[3]), month, day, time, timeZone);
    const thisYear = atWall(today.year, month, day, time, timeZone);
    if (thisYear && thisYear.at <= now + FUTURE_TOLERANCE) return thisYear;
    return atWall(today.year - 1, month, day, time, timeZone);
  }

  const numeric = NUMERIC_RE.exec(text);
  if (numeric) {
    return atWall(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]), timeOf(numeric[4], numeric[5]), timeZone);
  }
  return undefined;
}

export function parseRuDate(raw: string, context: RuDateContext): number | undefined {
  return parseRuDateDetailed(raw, context)?.at;
}

/** VK legacy `<span class="rel_date" time="1730000000">`: unix seconds. */
export function fromUnixSeconds(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{9,11}$/.test(value.trim())) return undefined;
  return Number(value.trim()) * 1000;
}

/**
 * OK `data-time`: epoch ms in the sources seen; a 9–11 digit value can only be seconds (as ms it
 * would fall in 1970), so it is read as seconds. Anything else is not a time.
 */
export function fromEpochAttribute(value: string | null | undefined): number | undefined {
  const trimmed = value?.trim() ?? '';
  if (/^\d{12,13}$/.test(trimmed)) return Number(trimmed);
  return fromUnixSeconds(trimmed);
}

/** `<meta itemprop="datePublished" content="2025-03-12T10:15:00+03:00">`: only full ISO with a zone. */
export function fromIsoWithZone(value: string | null | undefined): number | undefined {
  const trimmed = value?.trim() ?? '';
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : at;
}
