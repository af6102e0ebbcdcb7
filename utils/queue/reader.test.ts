import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../cases/schema';
import { openStatuses } from '../cases/status';
import { newCase, T0 } from '../cases/test-fixtures';
import { toRow } from '../db/case-row';
import { DB_NAME, OtklikDB } from '../db/database';
import { queryQueue } from '../db/queue';
import { dropTestDb, openTestDb } from '../db/testing';
import { updateSettings } from '../settings/store';
import { QUEUE_DB_NAME, readQueueHead, startHeadRead } from './reader';

const HOUR = 3_600_000;

const row = (id: string, overrides: Partial<Case>) => toRow({ ...newCase({ itemKey: `key-${id}` }, id), ...overrides });

const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name);

describe('readQueueHead', () => {
  let db: OtklikDB;
  beforeEach(async () => {
    db = await openTestDb();
    await db.cases.bulkAdd([
      row('late', { status: 'inWork', nextDueAt: T0 - HOUR }),
      row('soon', { status: 'new', nextDueAt: T0 + HOUR }),
      row('tie-b', { status: 'new', nextDueAt: T0 + 2 * HOUR }),
      row('tie-a', { status: 'onApproval', nextDueAt: T0 + 2 * HOUR }),
      row('waiting', { status: 'awaitingAuthor' }),
      row('answered', { status: 'answered', resolvedAt: T0 - HOUR }),
    ]);
    await updateSettings(db, { locale: 'en' });
  });
  afterEach(() => dropTestDb(db));

  it('reads the open head in queue order (as queryQueue does), the settings, regulations and people', async () => {
    for (const limit of [2, 40]) {
      const head = await readQueueHead(indexedDB, limit, db.name);
      expect(head!.head).toEqual(await queryQueue(db, { statuses: openStatuses, now: 0, limit }));
    }
    const head = await readQueueHead(indexedDB, 40, db.name);
    expect(head!.head.map((r) => r.id)).toEqual(['late', 'soon', 'tie-a', 'tie-b', 'waiting']);
    expect(head!.settings).toEqual((await db.settings.get('app'))!.value);
    expect(head!.regulations).toEqual(await db.regulations.toArray());
    expect(head!.people).toEqual(await db.people.toArray());
  });

  it('startHeadRead keeps the result once settled', async () => {
    const read = startHeadRead(indexedDB, 1, db.name);
    expect(read.result).toBeUndefined();
    const value = await read.promise;
    expect(read.result).toEqual({ value });
    expect(value!.head.map((r) => r.id)).toEqual(['late']);
  });

  it('never creates a database: a missing one is undefined and is left for the background to create and seed', async () => {
    const name = `otklik-missing-${Math.random().toString(36).slice(2)}`;
    expect(await readQueueHead(indexedDB, 40, name)).toBeUndefined();
    expect(await databaseNames()).not.toContain(name);
    const created = new OtklikDB(name);
    await created.open();
    expect(await created.people.count()).toBe(1); // populated as a new database
    expect(await readQueueHead(indexedDB, 40, name)).toMatchObject({ head: [] });
    await dropTestDb(created);
  });

  it('is undefined for a database without the queue index (not upgraded yet)', async () => {
    const name = `otklik-v0-${Math.random().toString(36).slice(2)}`;
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(name, 10);
      open.onupgradeneeded = () => {
        for (const store of ['cases', 'settings', 'regulations', 'people']) open.result.createObjectStore(store);
      };
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error);
    });
    expect(await readQueueHead(indexedDB, 40, name)).toBeUndefined();
    await new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve));
  });
});

it('reads the database every other context opens', () => {
  expect(QUEUE_DB_NAME).toBe(DB_NAME);
});
