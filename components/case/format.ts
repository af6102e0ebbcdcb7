/**
 * Wall-clock moments of a case in the ADMINISTRATION's time zone (the regulation's), never the
 * browser's: «до 17:30, пт 27.11» for a due moment, «пт 27.11 09:05» for an event, the year added
 * when it is not the current one. Also the `datetime-local` value ↔ epoch ms in that zone.
 */
import { defineMessages, getLocale } from '../../utils/i18n/index';
import { zonedParts, zonedTimeToInstant } from '../../utils/worktime/zone';

const WEEKDAYS = { ru: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'], en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] } as const;

const { t } = defineMessages({
  ru: { by: (p: { when: string }) => `до ${p.when}` },
  en: { by: (p: { when: string }) => `by ${p.when}` },
});

const pad2 = (n: number) => String(n).padStart(2, '0');

function dayText(ms: number, timeZone: string, now: number): { time: string; day: string } {
  const p = zonedParts(ms, timeZone);
  const year = zonedParts(now, timeZone).year === p.year ? '' : `.${p.year}`;
  return { time: `${pad2(p.hour)}:${pad2(p.minute)}`, day: `${WEEKDAYS[getLocale()][p.weekday]} ${pad2(p.day)}.${pad2(p.month)}${year}` };
}

/** «до 17:30, пт 27.11» (English: «by 17:30, Fri 27.11»). */
export function formatDue(due: number, timeZone: string, now: number): string {
  const { time, day } = dayText(due, timeZone, now);
  return t('by', { when: `${time}, ${day}` });
}

/** «пт 27.11 09:05». */
export function formatMoment(ms: number, timeZone: string, now: number): string {
  const { time, day } = dayText(ms, timeZone, now);
  return `${day} ${time}`;
}

/** The value of an `<input type="datetime-local">` showing `ms` in the zone: «2025-11-27T09:05». */
export function toLocalInput(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}T${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** The moment a `datetime-local` value names in the zone; undefined for an empty or broken value. */
export function fromLocalInput(value: string, timeZone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return undefined;
  return zonedTimeToInstant({ year, month, day, hour, minute }, timeZone);
}
