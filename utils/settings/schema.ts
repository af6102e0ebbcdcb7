/**
 * The extension's settings: one validated object with defaults, stored as a single row of the
 * `settings` table (store.ts). Missing fields (an older row, a partial backup) take their defaults.
 */
import { z } from 'zod';
import { recordIdSchema } from '../directory/schema';
import { DEFAULT_REGULATION_ID } from '../regulation/presets/index';

export { DEFAULT_REGULATION_ID };
/** The person seeded on first open (utils/db/seed.ts) who acts until the operator sets up the directory. */
export const DEFAULT_USER_ID = 'me';

export const locales = ['ru', 'en', 'auto'] as const;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('ru-RU', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z.string().min(1).max(64).refine(isTimeZone, 'неизвестный часовой пояс');

/** Working minutes before a stage falls due at which a notification fires (issue 5). */
export const thresholdsSchema = z
  .array(z.number().int().min(1).max(7 * 24 * 60))
  .max(10)
  .refine((list) => new Set(list).size === list.length, 'порог указан дважды')
  .transform((list) => [...list].sort((a, b) => b - a));

/**
 * Retention of personal data: opt-in. At least 6 months, so the quarterly report can still compare
 * a quarter with the previous one.
 */
export const retentionSchema = z.object({
  enabled: z.boolean(),
  months: z.number().int().min(6).max(120),
});

/** 'YYYY-MM-DD' that is a real calendar date. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'дата в формате ГГГГ-ММ-ДД')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'такой даты нет');

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'время в формате ЧЧ:ММ');

/** One working day's intervals, in the working-time engine's `days` format; [] = a day off. */
export const dayIntervalsSchema = z
  .array(z.tuple([clockTime, clockTime]))
  .max(12)
  .refine((list) => list.every(([from, to]) => from < to), 'начало интервала должно быть раньше конца')
  .refine((list) => list.every((interval, i) => i === 0 || list[i - 1]![1] <= interval[0]), 'интервалы должны идти по порядку и не пересекаться');

/**
 * Regional holidays and local changes: `days` goes to the engine as is (createWorkCalendar's
 * `days`), `notes` says why, per date («День края», «перенос приказом №…»).
 */
export const calendarOverridesSchema = z
  .object({
    days: z.record(isoDateSchema, dayIntervalsSchema),
    notes: z.record(isoDateSchema, z.string().trim().max(300)),
  })
  .refine((o) => Object.keys(o.notes).every((date) => date in o.days), 'примечание к дате без изменения графика');
export type CalendarOverrides = z.output<typeof calendarOverridesSchema>;

export const settingsShape = {
  activeRegulationId: recordIdSchema,
  /** The person who acts in the events this browser records. */
  currentUserId: recordIdSchema,
  calendarOverrides: calendarOverridesSchema,
  /** Overrides the regulation's time zone; null = the regulation's own. */
  timeZone: timeZoneSchema.nullable(),
  notificationThresholds: thresholdsSchema,
  notifyWhenOverdue: z.boolean(),
  locale: z.enum(locales),
  retention: retentionSchema,
  /** Epoch ms of the last exported backup; null = never. */
  lastBackupAt: z.number().int().nonnegative().nullable(),
  /** Remind to back up when the last backup is older than this many days; 0 = never remind. */
  backupReminderDays: z.number().int().min(0).max(365),
};

export const settingsSchema = z.object(settingsShape);
export type Settings = z.output<typeof settingsSchema>;

/** A change to some settings; null clears the nullable ones. Unknown keys are refused. */
export const settingsPatchSchema = z.object(settingsShape).partial().strict();
export type SettingsPatch = z.input<typeof settingsPatchSchema>;

export const defaultSettings: Settings = {
  activeRegulationId: DEFAULT_REGULATION_ID,
  currentUserId: DEFAULT_USER_ID,
  calendarOverrides: { days: {}, notes: {} },
  timeZone: null,
  notificationThresholds: [60, 15],
  notifyWhenOverdue: true,
  locale: 'auto',
  retention: { enabled: false, months: 36 },
  lastBackupAt: null,
  backupReminderDays: 7,
};

/**
 * Reads stored (or imported) settings leniently: each field that is missing or no longer valid
 * takes its default, so an old row never blocks the extension.
 */
export function settingsFromStored(value: unknown): Settings {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(settingsShape) as (keyof Settings)[]) {
    const parsed = settingsShape[key].safeParse(stored[key]);
    out[key] = parsed.success ? parsed.data : structuredClone(defaultSettings[key]);
  }
  return out as Settings;
}

/** True when a backup reminder is due at `now`. */
export function backupReminderDue(settings: Settings, now: number): boolean {
  if (settings.backupReminderDays === 0) return false;
  if (settings.lastBackupAt === null) return true;
  return now - settings.lastBackupAt > settings.backupReminderDays * 24 * 60 * 60 * 1000;
}
