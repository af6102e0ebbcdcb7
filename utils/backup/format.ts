/**
 * The backup file: one JSON object with everything the administration keeps in Otklik.
 *
 * formatVersion 2 (current): `{ format, formatVersion, exportedAt, cases, people, topics,
 * locations, templates, regulations, settings }` — regulations are the user's own (presets ship
 * with the code); each carries its `updatedAt` so a restore keeps the newer copy.
 *
 * formatVersion 1 (the first release): the directory nested under `directory` (people, topics,
 * templates; no locations), no regulations, and calendar overrides as a plain `date → intervals`
 * map without notes. `migrateV1` lifts such a file to version 2.
 */
import { z } from 'zod';
import { caseSchema } from '../cases/schema';
import { locationSchema, personSchema, templateSchema, topicSchema } from '../directory/schema';
import { regulationSchema } from '../regulation/schema';
import { dayIntervalsSchema, isoDateSchema, settingsShape } from '../settings/schema';

export const BACKUP_FORMAT = 'otklik-backup';
export const BACKUP_FORMAT_VERSION = 2;

const epochMs = z.number().int().nonnegative();

/** Every field of the settings may be missing (it then keeps the local value or the default). */
const backupSettingsSchema = z.object(settingsShape).partial();

/** Reports a repeated id within one list at the later occurrence (`idPath` leads to the id). */
function uniqueIds<T>(list: readonly T[], path: string, ctx: z.RefinementCtx, idOf: (item: T) => string, idPath: string[] = ['id']): void {
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    const key = idOf(item);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else ctx.addIssue({ code: 'custom', path: [path, index, ...idPath], message: `идентификатор «${key}» повторяется (уже был в ${path}[${first}])` });
  });
}

const byId = (item: { id: string }) => item.id;

function uniqueItems(cases: readonly { network: string; itemKey: string }[], ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  cases.forEach((c, index) => {
    const key = `${c.network}\u0000${c.itemKey}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else ctx.addIssue({ code: 'custom', path: ['cases', index, 'itemKey'], message: `это сообщение уже есть в файле (cases[${first}])` });
  });
}

export const backupRegulationSchema = z.object({ updatedAt: epochMs, regulation: regulationSchema });

export const backupV2Schema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.literal(2),
    exportedAt: epochMs,
    cases: z.array(caseSchema),
    people: z.array(personSchema),
    topics: z.array(topicSchema),
    locations: z.array(locationSchema),
    templates: z.array(templateSchema),
    regulations: z.array(backupRegulationSchema),
    settings: backupSettingsSchema,
  })
  .superRefine((file, ctx) => {
    uniqueIds(file.cases, 'cases', ctx, byId);
    uniqueItems(file.cases, ctx);
    uniqueIds(file.people, 'people', ctx, byId);
    uniqueIds(file.topics, 'topics', ctx, byId);
    uniqueIds(file.locations, 'locations', ctx, byId);
    uniqueIds(file.templates, 'templates', ctx, byId);
    uniqueIds(file.regulations, 'regulations', ctx, (r) => r.regulation.id, ['regulation', 'id']);
  });
export type Backup = z.output<typeof backupV2Schema>;

export const backupV1Schema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.literal(1),
    exportedAt: epochMs,
    cases: z.array(caseSchema),
    directory: z.object({
      people: z.array(personSchema),
      topics: z.array(topicSchema),
      templates: z.array(templateSchema),
    }),
    settings: z
      .object({ ...settingsShape, calendarOverrides: z.record(isoDateSchema, dayIntervalsSchema) })
      .partial(),
  })
  .superRefine((file, ctx) => {
    uniqueIds(file.cases, 'cases', ctx, byId);
    uniqueItems(file.cases, ctx);
    uniqueIds(file.directory.people, 'directory.people', ctx, byId);
    uniqueIds(file.directory.topics, 'directory.topics', ctx, byId);
    uniqueIds(file.directory.templates, 'directory.templates', ctx, byId);
  });
export type BackupV1 = z.output<typeof backupV1Schema>;

/** Version 1 → 2: lift the directory, add empty locations and regulations, give overrides notes. */
export function migrateV1(file: BackupV1): Backup {
  const { calendarOverrides, ...settings } = file.settings;
  return {
    format: BACKUP_FORMAT,
    formatVersion: 2,
    exportedAt: file.exportedAt,
    cases: file.cases,
    people: file.directory.people,
    topics: file.directory.topics,
    locations: [],
    templates: file.directory.templates,
    regulations: [],
    settings: calendarOverrides === undefined ? settings : { ...settings, calendarOverrides: { days: calendarOverrides, notes: {} } },
  };
}

/** Each older version's schema and its step to the next one, by formatVersion. */
export const olderFormats = {
  1: { schema: backupV1Schema, migrate: migrateV1 },
} as const;
