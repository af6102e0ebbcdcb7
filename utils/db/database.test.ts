import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { regulationPresets } from '../regulation/index';
import { copyRegulation } from '../regulation/io';
import { DB_NAME, OtklikDB } from './database';
import { seedPresets } from './seed';
import { dropTestDb, openTestDb } from './testing';
import { LATEST_VERSION } from './stores';

describe('the otklik database', () => {
  let db: OtklikDB;
  beforeEach(async () => {
    db = await openTestDb();
  });
  afterEach(() => dropTestDb(db));

  it('is named otklik by default and opens at the latest version with every table', async () => {
    expect(new OtklikDB().name).toBe(DB_NAME);
    expect(DB_NAME).toBe('otklik');
    expect(db.verno).toBe(LATEST_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['cases', 'locations', 'notified', 'people', 'regulations', 'settings', 'templates', 'topics'].sort(),
    );
    const cases = db.table('cases').schema;
    expect(cases.primKey.name).toBe('id');
    const unique = cases.indexes.find((i) => i.name === '[network+itemKey]');
    expect(unique?.unique).toBe(true);
    for (const index of ['status', 'nextDueAt', 'network', 'updatedAt', 'detectedAt', 'authorKeys', '[threadKey+detectedAt]', '[status+queueAt]', '[queueRank+queueAt]']) {
      expect(cases.indexes.some((i) => i.name === index), index).toBe(true);
    }
  });

  it('seeds the default operator once and every preset', async () => {
    expect((await db.people.toArray()).map((p) => p.id)).toEqual(['me']);
    const rows = await db.regulations.toArray();
    expect(rows.map((r) => r.id).sort()).toEqual(Object.keys(regulationPresets).sort());
    expect(rows.every((r) => r.source === 'preset')).toBe(true);
    expect(await seedPresets(db)).toBe(0);
  });

  it('rewrites an outdated preset but never a custom regulation with the same id', async () => {
    const korenovsk = regulationPresets.korenovsk;
    await db.regulations.put({ id: 'korenovsk', source: 'preset', regulation: { ...korenovsk, operatorMayApprove: !korenovsk.operatorMayApprove }, updatedAt: 0 });
    const edited = { ...copyRegulation(regulationPresets.luga, 'luga'), operatorMayApprove: !regulationPresets.luga.operatorMayApprove };
    await db.regulations.put({ id: 'luga', source: 'custom', regulation: edited, updatedAt: 5 });
    expect(await seedPresets(db)).toBe(1);
    expect((await db.regulations.get('korenovsk'))?.regulation).toEqual(korenovsk);
    expect((await db.regulations.get('luga'))?.regulation).toEqual(edited);
    // Re-opening the database runs the seeding again: still untouched.
    db.close();
    await db.open();
    expect((await db.regulations.get('luga'))?.source).toBe('custom');
  });
});
