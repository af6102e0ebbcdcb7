import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OtklikDB } from './database';
import { claimNotification, forgetNotifications, OVERDUE_THRESHOLD } from './notified';
import { dropTestDb, openTestDb } from './testing';

describe('notified', () => {
  let db: OtklikDB;
  beforeEach(async () => {
    db = await openTestDb();
  });
  afterEach(() => dropTestDb(db));

  const key = { caseId: 'c1', stage: 'answer', threshold: 60, dueAt: 1_000_000 };

  it('fires once per case, stage, threshold and due moment — also after the database is reopened', async () => {
    expect(await claimNotification(db, key, 10)).toBe(true);
    expect(await claimNotification(db, key, 11)).toBe(false);
    expect(await claimNotification(db, { ...key, threshold: 15 }, 12)).toBe(true);
    expect(await claimNotification(db, { ...key, threshold: OVERDUE_THRESHOLD }, 13)).toBe(true);
    db.close();
    await db.open();
    expect(await claimNotification(db, key, 14)).toBe(false);
    expect(await db.notified.get(['c1', 'answer', 60])).toMatchObject({ firedAt: 10 });
  });

  it('fires again when the due moment moved', async () => {
    await claimNotification(db, key, 10);
    expect(await claimNotification(db, { ...key, dueAt: 2_000_000 }, 20)).toBe(true);
    expect(await claimNotification(db, { ...key, dueAt: 2_000_000 }, 21)).toBe(false);
  });

  it('gives exactly one claim to racing callers', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => claimNotification(db, key, i)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('forgets the notifications of deleted cases only', async () => {
    await claimNotification(db, key, 1);
    await claimNotification(db, { ...key, caseId: 'c2' }, 1);
    expect(await forgetNotifications(db, ['c1'])).toBe(1);
    expect(await db.notified.count()).toBe(1);
  });
});
