import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { T0 } from '../cases/test-fixtures';
import type { OtklikDB } from '../db/database';
import { claimNotification } from '../db/notified';
import { dropTestDb, openTestDb } from '../db/testing';
import { importBackup } from './import';
import { retentionCutoff, retentionPreview, retentionRun } from './retention';
import { backupOf, patternCases } from './test-data';

const DAY = 86_400_000;

describe('retention', () => {
  let db: OtklikDB;
  beforeEach(async () => {
    db = await openTestDb();
    await importBackup(db, backupOf(patternCases()), { now: T0 });
  });
  afterEach(() => dropTestDb(db));

  it('counts calendar months back from now, clamping to the month’s last day', () => {
    expect(new Date(retentionCutoff(6, Date.UTC(2026, 7, 31, 12))).toISOString()).toBe('2026-02-28T12:00:00.000Z');
    expect(new Date(retentionCutoff(12, Date.UTC(2026, 0, 15))).toISOString()).toBe('2025-01-15T00:00:00.000Z');
    expect(new Date(retentionCutoff(1, Date.UTC(2024, 2, 31))).toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('previews and deletes only finished cases whose last event is older than the cutoff', async () => {
    const sixMonthsLater = T0 + 200 * DAY;
    expect(await retentionPreview(db, 6, T0 + 10 * DAY)).toMatchObject({ count: 0 });
    const preview = await retentionPreview(db, 6, sixMonthsLater);
    // answered, not subject and closed go; new, routed, on approval and interim (awaiting the final answer) stay.
    expect(preview.count).toBe(3);
    expect(preview.oldest).toBeLessThan(preview.cutoff);
    await claimNotification(db, { caseId: 'p-answered', stage: 'answer', threshold: 60, dueAt: 1 }, 1);
    await claimNotification(db, { caseId: 'p-new', stage: 'route', threshold: 60, dueAt: 1 }, 1);

    expect(await retentionRun(db, 6, sixMonthsLater)).toMatchObject({ deleted: 3 });
    expect((await db.cases.toCollection().primaryKeys()).sort()).toEqual(['p-approval', 'p-interim', 'p-new', 'p-routed']);
    expect((await db.notified.toArray()).map((n) => n.caseId)).toEqual(['p-new']);
    expect(await retentionPreview(db, 6, sixMonthsLater)).toMatchObject({ count: 0 });
  });

  it('keeps a finished case someone touched recently', async () => {
    const recent = (await db.cases.get('p-closed'))!;
    const last = recent.events[recent.events.length - 1]!;
    await db.cases.put({ ...recent, events: [...recent.events, { ...last, id: 'late-note', type: 'note', data: { text: 'позже' }, at: T0 + 100 * DAY, recordedAt: T0 + 100 * DAY }] as typeof recent.events });
    expect((await retentionPreview(db, 6, T0 + 200 * DAY)).count).toBe(2);
  });
});
