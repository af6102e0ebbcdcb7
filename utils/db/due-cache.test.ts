import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { capturedComment, T0 } from '../cases/test-fixtures';
import { regulationPresets } from '../regulation/index';
import { copyRegulation } from '../regulation/io';
import { updateSettings } from '../settings/store';
import { captureItem } from './cases';
import { OtklikDB } from './database';
import { cachedDueContext } from './due-cache';
import { putCustomRegulation } from './regulations';
import { dropTestDb, openTestDb } from './testing';

describe('cachedDueContext: settings and regulations kept between messages', () => {
  let db: OtklikDB;
  beforeEach(async () => {
    db = await openTestDb();
  });
  afterEach(() => dropTestDb(db));

  it('hands out the same context until the settings or the regulations change', async () => {
    const first = await cachedDueContext(db);
    expect(await cachedDueContext(db)).toBe(first);
    // Cases are not part of it.
    await captureItem(db, capturedComment(), { now: T0 });
    expect(await cachedDueContext(db)).toBe(first);

    await updateSettings(db, { activeRegulationId: 'luga' });
    const afterSettings = await cachedDueContext(db);
    expect(afterSettings).not.toBe(first);
    expect(afterSettings.settings.activeRegulationId).toBe('luga');

    await putCustomRegulation(db, copyRegulation(regulationPresets.luga, 'my-town'), T0);
    const afterRegulation = await cachedDueContext(db);
    expect(afterRegulation).not.toBe(afterSettings);
    expect(afterRegulation.regulation('my-town')?.id).toBe('my-town');
  });

  it('sees a write made through another connection to the same database (another extension context)', async () => {
    const first = await cachedDueContext(db);
    const other = new OtklikDB(db.name);
    await other.open();
    await updateSettings(other, { timeZone: 'Asia/Yakutsk' });
    other.close();
    const next = await cachedDueContext(db);
    expect(next).not.toBe(first);
    expect(next.settings.timeZone).toBe('Asia/Yakutsk');
  });

  it('does not keep a context read while a write was landing', async () => {
    const loading = cachedDueContext(db);
    const writing = updateSettings(db, { activeRegulationId: 'idrinsky' });
    await Promise.all([loading, writing]);
    expect((await cachedDueContext(db)).settings.activeRegulationId).toBe('idrinsky');
  });
});
