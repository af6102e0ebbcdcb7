import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OtklikDB } from './database';
import { claimNotification, claimNotifications, firedKey, forgetNotifications, OVERDUE_THRESHOLD } from './notified';
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

describe('claimNotifications', () => {
  let db: OtklikDB;
  beforeEach(async () => {
    db = await openTestDb();
  });
  afterEach(() => dropTestDb(db));

  const keys = (n: number, dueAt = 1_000) => Array.from({ length: n }, (_, i) => ({ caseId: `c${i}`, stage: 'answer', threshold: OVERDUE_THRESHOLD, dueAt, extra: i }));

  it('claims thousands at once in a few short read-write transactions, and each only once — also after a reopen', async () => {
    const transaction = vi.spyOn(db, 'transaction');
    const won = await claimNotifications(db, keys(2_500), 10);
    expect(won).toHaveLength(2_500);
    expect(won[0]).toEqual({ caseId: 'c0', stage: 'answer', threshold: 0, dueAt: 1_000, extra: 0 }); // the caller's objects
    expect(transaction.mock.calls.map((call) => call[0])).toEqual(['r', 'rw', 'r', 'rw', 'r', 'rw']); // chunks of CLAIM_CHUNK
    expect(await db.notified.get(['c0', 'answer', 0])).toEqual({ caseId: 'c0', stage: 'answer', threshold: 0, dueAt: 1_000, firedAt: 10 });
    db.close();
    await db.open();
    transaction.mockClear();
    expect(await claimNotifications(db, keys(2_500), 11)).toEqual([]);
    // Everything fired already: no read-write transaction.
    expect(transaction.mock.calls.map((call) => call[0])).toEqual(['r', 'r', 'r']);
  });

  it('with a known set, skips keys found or made fired without reading them again', async () => {
    const known = new Set<string>();
    await claimNotifications(db, keys(3), 10); // fired by another instance
    expect((await claimNotifications(db, keys(5), 20, known)).map((k) => k.caseId)).toEqual(['c3', 'c4']);
    expect(known).toEqual(new Set(keys(5).map(firedKey)));
    const transaction = vi.spyOn(db, 'transaction');
    expect(await claimNotifications(db, keys(5), 30, known)).toEqual([]);
    expect(transaction).not.toHaveBeenCalled();
    // A moved due moment is a new key: read and claimed.
    expect((await claimNotifications(db, keys(1, 5_000), 40, known)).map((k) => k.caseId)).toEqual(['c0']);
  });

  it('claims only what is new or moved, and a repeated key once', async () => {
    await claimNotifications(db, keys(3), 10);
    const next = [...keys(2), { ...keys(3)[2]!, dueAt: 2_000 }, ...keys(5).slice(3), keys(5)[4]!];
    expect((await claimNotifications(db, next, 20)).map((k) => `${k.caseId}@${k.dueAt}`)).toEqual(['c2@2000', 'c3@1000', 'c4@1000']);
    expect(await db.notified.count()).toBe(5);
  });

  it('gives each notification to exactly one of racing callers (new and moved ones)', async () => {
    const results = await Promise.all(Array.from({ length: 4 }, (_, i) => claimNotifications(db, keys(1_200), i)));
    expect(results.flat()).toHaveLength(1_200);
    expect(new Set(results.flat().map((k) => k.caseId)).size).toBe(1_200);
    const moved = await Promise.all(Array.from({ length: 3 }, (_, i) => claimNotifications(db, keys(50, 2_000), i)));
    expect(moved.flat()).toHaveLength(50);
    expect(await db.notified.count()).toBe(1_200);
  });
});
