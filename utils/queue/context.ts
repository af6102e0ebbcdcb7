/**
 * What the queue needs of the settings and regulations, read leniently from the stored rows (the
 * background validated them when it wrote them) without zod: the popup's bundle does not carry it.
 */
import { calendarFor } from '../cases/deadlines';
import type { RegulationRow } from '../db/database';
import type { Locale } from '../i18n/index';
import type { Regulation } from '../regulation/schema';
import type { WorkCalendar } from '../worktime/index';

/** What the queue needs of a case's administration: its regulation and working calendar. */
export interface QueueContext {
  regulation(id: string): Regulation | undefined;
  calendar(regulation: Regulation): WorkCalendar;
}

/** The settings the queue reads, with their defaults (utils/settings/schema.ts defaultSettings). */
export interface QueueSettings {
  locale: Locale | 'auto';
  /** Overrides every regulation's time zone; null = the regulation's own. */
  timeZone: string | null;
  /** settings.calendarOverrides.days: the administration's own working days and days off. */
  calendarDays: Record<string, [string, string][]>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('ru-RU', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const isInterval = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string';

/**
 * The queue's settings out of a stored settings value, leniently as settingsFromStored does: a
 * missing or malformed field takes its default. (Stored settings were validated when written.)
 */
export function queueSettings(stored: unknown): QueueSettings {
  const value = isRecord(stored) ? stored : {};
  const locale = value.locale === 'ru' || value.locale === 'en' || value.locale === 'auto' ? value.locale : 'auto';
  const timeZone = isTimeZone(value.timeZone) ? value.timeZone : null;
  const overrides = value.calendarOverrides;
  const days = isRecord(overrides) && isRecord(overrides.days) ? overrides.days : {};
  const calendarDays = Object.values(days).every((intervals) => Array.isArray(intervals) && intervals.every(isInterval))
    ? (days as Record<string, [string, string][]>)
    : {};
  return { locale, timeZone, calendarDays };
}

/** The regulations and calendars as loadDueContext (utils/db/due.ts) builds them, from rows already read. */
export function queueContext(settings: QueueSettings, regulations: readonly RegulationRow[]): QueueContext {
  const { timeZone, calendarDays } = settings;
  const byId = new Map(
    regulations.map((row) => [row.id, timeZone && timeZone !== row.regulation.timeZone ? { ...row.regulation, timeZone } : row.regulation]),
  );
  // The queue asks once per row and per tick; calendarFor would hash the schedule and the overrides
  // each time to find its cached calendar. These rows never change, so one lookup per regulation.
  const calendars = new Map<Regulation, WorkCalendar>();
  return {
    regulation: (id) => byId.get(id),
    calendar(regulation) {
      let calendar = calendars.get(regulation);
      if (!calendar) calendars.set(regulation, (calendar = calendarFor(regulation, calendarDays)));
      return calendar;
    },
  };
}

