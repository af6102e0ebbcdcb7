/**
 * A time of day as administrations write it, always on the 24-hour clock: «9:00», «09:00», «9.00»,
 * «0900» and «9» all mean 09:00. The schedule, its breaks and the calendar's changes store the
 * canonical «ЧЧ:ММ» (`HH:MM`); «24:00» is allowed only where a working interval may end at midnight.
 */
import { defineMessages } from '../i18n/index';

export interface TimeOfDayOptions {
  /** Accept «24:00» (the end of a working interval that runs to midnight). */
  endOfDay?: boolean;
}

export type TimeOfDayResult = { ok: true; value: string } | { ok: false; message: string };

const { t } = defineMessages({
  ru: {
    empty: 'Укажите время в формате ЧЧ:ММ, например 09:00',
    format: 'Нужно время ЧЧ:ММ по 24-часовым часам, например 09:00 или 18:30',
    hours: 'Часы — от 00 до 23',
    hoursEndOfDay: 'Часы — от 00 до 23 (конец суток — 24:00)',
    minutes: 'Минуты — от 00 до 59',
  },
  en: {
    empty: 'Enter a time as HH:MM, e.g. 09:00',
    format: 'Enter a 24-hour time HH:MM, e.g. 09:00 or 18:30',
    hours: 'Hours run from 00 to 23',
    hoursEndOfDay: 'Hours run from 00 to 23 (the end of the day is 24:00)',
    minutes: 'Minutes run from 00 to 59',
  },
});

/**
 * What the input's `pattern` attribute accepts: the same syntax as parseTimeOfDay (the range of the
 * hours and minutes included), so the browser's :invalid state agrees with the message. The longer
 * alternatives come first, so that even a validator that does not anchor the pattern (happy-dom
 * strips the first match) takes «20:30» whole instead of its «2».
 */
export function timeOfDayPattern(options: TimeOfDayOptions = {}): string {
  const day = '(?:2[0-3]|[01]?\\d)(?:[:.]?[0-5]\\d)?';
  return options.endOfDay ? `24(?:[:.]?00)?|${day}` : day;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Reads a typed time of day; the canonical `HH:MM`, or a Russian (or English) message saying what is wrong. */
export function parseTimeOfDay(input: string, options: TimeOfDayOptions = {}): TimeOfDayResult {
  const text = input.trim();
  if (text === '') return { ok: false, message: t('empty') };
  // «9», «09», «9:30», «09.30» — or three or four digits with the minutes last: «930», «0930».
  const match = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text) ?? /^(\d{1,2})(\d{2})$/.exec(text);
  if (!match) return { ok: false, message: t('format') };
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours === 24 && minutes === 0 && options.endOfDay) return { ok: true, value: '24:00' };
  if (hours > 23) return { ok: false, message: t(options.endOfDay ? 'hoursEndOfDay' : 'hours') };
  if (minutes > 59) return { ok: false, message: t('minutes') };
  return { ok: true, value: `${pad2(hours)}:${pad2(minutes)}` };
}
