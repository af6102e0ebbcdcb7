import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OtklikDB } from '../db/database';
import { dropTestDb, openTestDb } from '../db/testing';
import { backupReminderDue, defaultSettings, settingsFromStored } from './schema';
import { getSettings, SETTINGS_KEY, updateSettings } from './store';

const DAY = 24 * 60 * 60 * 1000;

describe('settings', () => {
  let db: OtklikDB;
  beforeEach(async () => {
    db = await openTestDb();
  });
  afterEach(() => dropTestDb(db));

  it('reads defaults from an empty table', async () => {
    const settings = await getSettings(db);
    expect(settings).toEqual(defaultSettings);
    expect(settings.notificationThresholds).toEqual([60, 15]);
    expect(settings.notifyWhenOverdue).toBe(true);
    expect(settings.retention.enabled).toBe(false);
    expect(settings.currentUserId).toBe('me');
  });

  it('updates some fields, keeps the others, and sorts thresholds', async () => {
    const next = await updateSettings(db, {
      activeRegulationId: 'luga',
      notificationThresholds: [15, 120, 60],
      timeZone: 'Asia/Yakutsk',
      calendarOverrides: { days: { '2026-09-01': [['09:00', '16:00']], '2026-11-09': [] }, notes: { '2026-11-09': 'День края' } },
    });
    expect(next.notificationThresholds).toEqual([120, 60, 15]);
    expect(await getSettings(db)).toEqual(next);
    expect(next.locale).toBe('auto');
    expect((await updateSettings(db, { timeZone: null })).timeZone).toBeNull();
  });

  it('refuses a bad patch with a Russian message and changes nothing', async () => {
    await updateSettings(db, { locale: 'ru' });
    const before = await db.settings.get(SETTINGS_KEY);
    const bad: unknown[] = [
      { locale: 'de' },
      { notificationThresholds: [60, 60] },
      { timeZone: 'Mars/Olympus' },
      { retention: { enabled: true, months: 1 } },
      { calendarOverrides: { days: { '2026-02-30': [] }, notes: {} } },
      { calendarOverrides: { days: { '2026-03-02': [['14:00', '13:00']] }, notes: {} } },
      { calendarOverrides: { days: {}, notes: { '2026-03-02': 'без даты в days' } } },
      { somethingElse: 1 },
      { activeRegulationId: 'no-such-regulation' },
      { currentUserId: 'nobody' },
    ];
    for (const patch of bad) {
      await expect(updateSettings(db, patch as never), JSON.stringify(patch)).rejects.toThrow(/[а-я]/);
    }
    expect(await db.settings.get(SETTINGS_KEY)).toEqual(before);
  });

  it('names the bad field', async () => {
    await expect(updateSettings(db, { notificationThresholds: [0] })).rejects.toThrow('«notificationThresholds[0]»');
  });

  it('reads an old or damaged row field by field', () => {
    const settings = settingsFromStored({ locale: 'en', notificationThresholds: 'often', retention: { enabled: true, months: 12 } });
    expect(settings.locale).toBe('en');
    expect(settings.notificationThresholds).toEqual([60, 15]);
    expect(settings.retention).toEqual({ enabled: true, months: 12 });
    expect(settingsFromStored(null)).toEqual(defaultSettings);
  });

  it('reminds about a backup older than the set number of days', () => {
    const now = 100 * DAY;
    expect(backupReminderDue({ ...defaultSettings, lastBackupAt: null }, now)).toBe(true);
    expect(backupReminderDue({ ...defaultSettings, lastBackupAt: now - 6 * DAY }, now)).toBe(false);
    expect(backupReminderDue({ ...defaultSettings, lastBackupAt: now - 8 * DAY }, now)).toBe(true);
    expect(backupReminderDue({ ...defaultSettings, lastBackupAt: null, backupReminderDays: 0 }, now)).toBe(false);
  });
});
