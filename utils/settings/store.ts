/**
 * Typed access to the settings, kept as one row (`key: 'app'`) of the `settings` table.
 * Reads never fail (missing or outdated fields take defaults); writes validate the whole result.
 */
import type { OtklikDB } from '../db/database';
import { describeZodError, UserFacingError } from '../validation/index';
import { settingsFromStored, settingsPatchSchema, settingsSchema, type Settings, type SettingsPatch } from './schema';

export const SETTINGS_KEY = 'app';

export async function getSettings(db: OtklikDB): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_KEY);
  return settingsFromStored(row?.value);
}

/**
 * Applies a partial change in one transaction; an invalid patch changes nothing. The active
 * regulation and the current user must exist in their tables.
 */
export async function updateSettings(db: OtklikDB, patch: SettingsPatch): Promise<Settings> {
  const parsedPatch = settingsPatchSchema.safeParse(patch);
  if (!parsedPatch.success) throw new UserFacingError(describeZodError(parsedPatch.error, 'Настройки'), 'invalid');
  const { activeRegulationId, currentUserId } = parsedPatch.data;
  return db.transaction('rw', db.settings, db.regulations, db.people, async () => {
    if (activeRegulationId !== undefined && !(await db.regulations.get(activeRegulationId))) {
      throw new UserFacingError(`Настройки: регламент «${activeRegulationId}» не найден.`, 'invalid');
    }
    if (currentUserId !== undefined && !(await db.people.get(currentUserId))) {
      throw new UserFacingError(`Настройки: человек «${currentUserId}» не найден в справочнике.`, 'invalid');
    }
    const current = await getSettings(db);
    const next = settingsSchema.safeParse({ ...current, ...parsedPatch.data });
    if (!next.success) throw new UserFacingError(describeZodError(next.error, 'Настройки'), 'invalid');
    await db.settings.put({ key: SETTINGS_KEY, value: next.data });
    return next.data;
  });
}

/** Replaces all settings at once (backup restore); validated like any patch. */
export async function replaceSettings(db: OtklikDB, settings: Settings): Promise<Settings> {
  const parsed = settingsSchema.safeParse(settings);
  if (!parsed.success) throw new UserFacingError(describeZodError(parsed.error, 'Настройки'), 'invalid');
  await db.settings.put({ key: SETTINGS_KEY, value: parsed.data });
  return parsed.data;
}
