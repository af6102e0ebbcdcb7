import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OtklikDB } from '../db/database';
import { loadDueContext } from '../db/due';
import { dropTestDb, openTestDb } from '../db/testing';
import { settingsFromStored } from '../settings/schema';
import { updateSettings } from '../settings/store';
import { queueContext, queueSettings } from './context';

describe('queueContext', () => {
  let db: OtklikDB;
  beforeEach(async () => {
    db = await openTestDb();
    await updateSettings(db, { timeZone: 'Asia/Yekaterinburg' });
  });
  afterEach(() => dropTestDb(db));

  it('the queue context is the one loadDueContext builds (time-zone override, calendar overrides)', async () => {
    await updateSettings(db, { calendarOverrides: { days: { '2026-11-27': [['09:00', '13:00']] }, notes: {} } });
    const regulations = await db.regulations.toArray();
    const ours = queueContext(queueSettings((await db.settings.get('app'))!.value), regulations);
    const theirs = await loadDueContext(db);
    for (const { id } of regulations) {
      expect(ours.regulation(id)).toEqual(theirs.regulation(id));
      expect(ours.regulation(id)!.timeZone).toBe('Asia/Yekaterinburg');
      expect(ours.calendar(ours.regulation(id)!)).toBe(theirs.calendar(theirs.regulation(id)!));
    }
    expect(ours.regulation('no-such')).toBeUndefined();
  });

  it('looks a regulation’s calendar up once, and a context with other overrides gets its own', async () => {
    const regulations = await db.regulations.toArray();
    const settings = queueSettings((await db.settings.get('app'))!.value);
    const plain = queueContext(settings, regulations);
    const regulation = plain.regulation(regulations[0]!.id)!;
    const first = plain.calendar(regulation);
    expect(plain.calendar(regulation)).toBe(first);
    const shortened = queueContext({ ...settings, calendarDays: { '2026-11-27': [['09:00', '13:00']] } }, regulations);
    const other = shortened.calendar(shortened.regulation(regulation.id)!);
    expect(other).not.toBe(first);
    const friday = Date.parse('2026-11-27T14:00:00+05:00'); // 14:00 in Yekaterinburg
    expect(first.isWorkingTime(friday)).toBe(true);
    expect(other.isWorkingTime(friday)).toBe(false);
  });
});

describe('queueSettings', () => {
  const stored: unknown[] = [
    undefined,
    null,
    'garbage',
    {},
    { locale: 'en', timeZone: 'Europe/Samara', calendarOverrides: { days: { '2026-12-31': [] }, notes: {} } },
    { locale: 'de', timeZone: 'Mars/Olympus', calendarOverrides: { days: { '2026-12-31': 'no' }, notes: {} } },
    { locale: 'ru', timeZone: null, calendarOverrides: { days: { '2026-12-30': [['08:00', '12:00']] }, notes: { '2026-12-30': 'короткий' } } },
    { locale: 'auto', timeZone: '', calendarOverrides: null },
  ];
  it.each(stored.map((value) => [JSON.stringify(value), value]))('reads %s as settingsFromStored does', (_, value) => {
    const full = settingsFromStored(value);
    expect(queueSettings(value)).toEqual({ locale: full.locale, timeZone: full.timeZone, calendarDays: full.calendarOverrides.days });
  });
});

