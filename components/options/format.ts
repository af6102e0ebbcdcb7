/** Dates for the options page, always in the administration's zone: «пн, 16.03.2026 18:00». */
import { getLocale } from '../../utils/i18n/index';
import { zonedParts } from '../../utils/worktime/zone';

const WEEKDAYS = { ru: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'], en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] };
const pad = (n: number) => String(n).padStart(2, '0');

export function formatDate(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return `${pad(p.day)}.${pad(p.month)}.${p.year}`;
}

export function formatDateTime(ms: number, timeZone: string, withWeekday = false): string {
  const p = zonedParts(ms, timeZone);
  const day = withWeekday ? `${WEEKDAYS[getLocale()][p.weekday]}, ` : '';
  return `${day}${pad(p.day)}.${pad(p.month)}.${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** 'YYYY-MM-DDTHH:MM' for a datetime-local input showing the zone's wall clock. */
export function toLocalInput(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** 'DD.MM.YYYY' from 'YYYY-MM-DD'. */
export function isoToRussian(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}
