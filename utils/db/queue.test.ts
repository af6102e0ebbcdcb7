import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../cases/schema';
import { caseStatuses, isOpenStatus } from '../cases/status';
import { newCase, T0 } from '../cases/test-fixtures';
import { NO_DUE_AT, toRow } from './case-row';
import type { OtklikDB } from './database';
import { casesByItemKeys, countByStatus, queryQueue } from './queue';
import { dropTestDb, openTestDb } from './testing';

const HOUR = 3_600_000;

function row(id: string, overrides: Partial<Case>) {
  const base = newCase({ itemKey: `key-${id}` }, id);
  return toRow({ ...base, ...overrides });
}

describe('queue queries', () => {
  let db: OtklikDB;
  beforeEach(async () => {
    db = await openTestDb();
    await db.cases.bulkAdd([
      row('late', { status: 'inWork', nextDueAt: T0 - HOUR, executors: ['ann'], topic: 'Дороги' }),
      row('soon', { status: 'new', nextDueAt: T0 + HOUR, text: 'Ёлка на площади упала' }),
      row('later', { status: 'onApproval', nextDueAt: T0 + 5 * HOUR, executors: ['bob'], importance: 'high' }),
      row('waiting', { status: 'awaitingAuthor' }),
      row('ok-item', { status: 'new', nextDueAt: T0 + 2 * HOUR, network: 'ok', author: { name: 'Мария Ёжикова' } }),
      row('answered-old', { status: 'answered', resolvedAt: T0 - 10 * HOUR }),
      row('answered-new', { status: 'answered', resolvedAt: T0 - HOUR }),
      row('closed', { status: 'closed', updatedAt: T0 - 5 * HOUR }),
    ]);
  });
  afterEach(() => dropTestDb(db));

  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

  it('sorts open cases by the next due moment, undated ones after, finished ones last (newest first)', async () => {
    expect(ids(await queryQueue(db, { now: T0 }))).toEqual([
      'late', 'soon', 'ok-item', 'later', 'waiting', 'answered-new', 'closed', 'answered-old',
    ]);
    expect((await db.cases.get('waiting'))?.queueAt).toBe(NO_DUE_AT);
  });

  it('merges several statuses in queue order and pages through them', async () => {
    const filter = { now: T0, statuses: ['answered', 'new', 'inWork'] as const };
    expect(ids(await queryQueue(db, { ...filter, statuses: [...filter.statuses] }))).toEqual(['late', 'soon', 'ok-item', 'answered-new', 'answered-old']);
    expect(ids(await queryQueue(db, { ...filter, statuses: [...filter.statuses], offset: 1, limit: 2 }))).toEqual(['soon', 'ok-item']);
    expect(await queryQueue(db, { now: T0, limit: 0 })).toEqual([]);
  });

  it('reads exactly the open or the finished statuses as one range, in the same order', async () => {
    const all = await queryQueue(db, { now: T0 });
    const open = caseStatuses.filter(isOpenStatus);
    const finished = caseStatuses.filter((s) => !isOpenStatus(s));
    expect(ids(await queryQueue(db, { now: T0, statuses: [...open].reverse() }))).toEqual(ids(all.filter((r) => r.queueRank === 0)));
    expect(ids(await queryQueue(db, { now: T0, statuses: finished }))).toEqual(['answered-new', 'closed', 'answered-old']);
    expect(ids(await queryQueue(db, { now: T0, statuses: finished, overdueOnly: true }))).toEqual([]);
    expect(ids(await queryQueue(db, { now: T0, statuses: [...caseStatuses], network: 'vk', limit: 3 }))).toEqual(['late', 'soon', 'later']);
  });

  it('filters by network, executor (or none), topic, importance and overdue', async () => {
    expect(ids(await queryQueue(db, { now: T0, network: 'ok' }))).toEqual(['ok-item']);
    expect(ids(await queryQueue(db, { now: T0, executor: 'bob' }))).toEqual(['later']);
    expect(ids(await queryQueue(db, { now: T0, executor: '', statuses: ['new'] }))).toEqual(['soon', 'ok-item']);
    expect(ids(await queryQueue(db, { now: T0, topic: 'Дороги' }))).toEqual(['late']);
    expect(ids(await queryQueue(db, { now: T0, importance: 'high' }))).toEqual(['later']);
    expect(ids(await queryQueue(db, { now: T0 + 90 * 60_000, overdueOnly: true }))).toEqual(['late', 'soon']);
    expect(ids(await queryQueue(db, { now: T0 + 90 * 60_000, overdueOnly: true, statuses: ['new', 'answered'] }))).toEqual(['soon']);
  });

  it('searches text and author case-insensitively, with ё = е', async () => {
    expect(ids(await queryQueue(db, { now: T0, search: 'ЕЛКА' }))).toEqual(['soon']);
    expect(ids(await queryQueue(db, { now: T0, search: '  ежикова ' }))).toEqual(['ok-item']);
  });

  it('counts every status', async () => {
    const counts = await countByStatus(db);
    expect(Object.keys(counts).sort()).toEqual([...caseStatuses].sort());
    expect(counts).toMatchObject({ new: 2, inWork: 1, onApproval: 1, awaitingAuthor: 1, answered: 2, closed: 1, interim: 0 });
  });

  it('finds the captured items of a page by their keys', async () => {
    const found = await casesByItemKeys(db, 'vk', ['key-late', 'key-ok-item', 'key-unknown']);
    expect([...found.keys()]).toEqual(['key-late']);
    expect(found.get('key-late')?.id).toBe('late');
  });
});
