import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { capturedComment, MINUTE, T0 } from '../cases/test-fixtures';
import { regulationPresets } from '../regulation/index';
import { copyRegulation } from '../regulation/io';
import { updateSettings } from '../settings/store';
import { fromRow } from './case-row';
import { appendEvent, captureItem } from './cases';
import type { OtklikDB } from './database';
import { DERIVED_KEY, refreshDerivedFields } from './derived';
import { loadDueContext, withNextDue } from './due';
import { putCustomRegulation } from './regulations';
import { dropTestDb, idSequence, openTestDb } from './testing';

const HOUR = 60 * MINUTE;
/** Friday 2025-11-28 09:30 in Moscow: T0 is Thursday 09:00. */
const FRIDAY_0930 = Date.UTC(2025, 10, 28, 6, 30);
const PRESETS = Object.keys(regulationPresets).sort();

describe('derived fields of stored cases', () => {
  let db: OtklikDB;
  let ids: () => string;
  let item = 0;
  beforeEach(async () => {
    db = await openTestDb();
    ids = idSequence();
  });
  afterEach(() => dropTestDb(db));

  async function capture(detectedAt = T0) {
    item += 1;
    const captured = capturedComment({ itemKey: `wall-1_2?reply=${item}`, url: `https://vk.com/wall-1_2?reply=${item}`, detectedAt, postedAt: undefined });
    return (await captureItem(db, captured, { now: detectedAt + MINUTE, newId: ids })).case;
  }
  const stored = async (id: string) => (await db.cases.get(id))!;

  it('moves an open case when a calendar date becomes a day off, and back; finished cases stay', async () => {
    expect(await refreshDerivedFields(db)).toEqual({ regulations: PRESETS, checked: 0, updated: 0 });
    const open = await capture();
    const finished = await capture();
    await appendEvent(db, finished.id, { type: 'rejected', data: { reason: 'obscene' } }, 1, { now: T0 + 5 * MINUTE, newId: ids });
    const finishedBefore = await stored(finished.id);
    expect(open.nextDueAt).toBe(T0 + 30 * MINUTE);

    await updateSettings(db, { calendarOverrides: { days: { '2025-11-27': [] }, notes: { '2025-11-27': 'День города' } } });
    expect(await refreshDerivedFields(db)).toEqual({ regulations: PRESETS, checked: 1, updated: 1 });
    // Routing within 30 working minutes: Thursday is off now, so Friday 09:30.
    const moved = await stored(open.id);
    expect(moved).toMatchObject({ nextDueAt: FRIDAY_0930, queueRank: 0, queueAt: FRIDAY_0930, version: open.version, updatedAt: open.updatedAt });
    expect(moved.events).toEqual(open.events);
    expect(await stored(finished.id)).toEqual(finishedBefore);
    // The index reads the new order.
    const head = await db.cases.where('[queueRank+queueAt]').between([0, Dexie.minKey], [0, Dexie.maxKey]).first();
    expect(head?.queueAt).toBe(FRIDAY_0930);

    // Nothing changed since: nothing to do.
    expect(await refreshDerivedFields(db)).toEqual({ regulations: [], checked: 0, updated: 0 });
    await updateSettings(db, { locale: 'en', notificationThresholds: [30] });
    expect((await refreshDerivedFields(db)).regulations).toEqual([]);

    await updateSettings(db, { calendarOverrides: { days: {}, notes: {} } });
    expect(await refreshDerivedFields(db)).toMatchObject({ checked: 1, updated: 1 });
    expect((await stored(open.id)).nextDueAt).toBe(T0 + 30 * MINUTE);
  });

  it('recomputes only the cases of an edited custom regulation; a case keeps its regulation when the active one changes', async () => {
    const underPreset = await capture();
    const town = copyRegulation(regulationPresets.korenovsk, 'my-town');
    await putCustomRegulation(db, town, T0);
    await updateSettings(db, { activeRegulationId: 'my-town' });
    const underTown = await capture();
    expect(underTown.regulationId).toBe('my-town');
    await refreshDerivedFields(db);

    const routing = town.stages.findIndex((stage) => stage.id === 'route');
    const edited = structuredClone(town);
    edited.stages[routing] = { ...edited.stages[routing]!, term: { ...edited.stages[routing]!.term, duration: 60 } } as (typeof edited.stages)[number];
    await putCustomRegulation(db, edited, T0 + HOUR);
    expect(await refreshDerivedFields(db)).toEqual({ regulations: ['my-town'], checked: 1, updated: 1 });
    expect((await stored(underTown.id)).nextDueAt).toBe(T0 + 60 * MINUTE);
    expect((await stored(underPreset.id)).nextDueAt).toBe(T0 + 30 * MINUTE);

    // The active regulation is for new captures: stored cases keep theirs, nothing is recomputed.
    await updateSettings(db, { activeRegulationId: 'korenovsk' });
    expect((await refreshDerivedFields(db)).regulations).toEqual([]);
    expect(await stored(underTown.id)).toMatchObject({ regulationId: 'my-town', nextDueAt: T0 + 60 * MINUTE });
  });

  it('recomputes in chunks after a time-zone override, as a fresh write would compute them', async () => {
    // Thursday 17:00–17:04 in Moscow is past midnight in Vladivostok: routing moves to Friday there.
    const cases = [];
    for (let i = 0; i < 5; i++) cases.push(await capture(T0 + 8 * HOUR + i * MINUTE));
    await refreshDerivedFields(db);
    await updateSettings(db, { timeZone: 'Asia/Vladivostok' });
    expect(await refreshDerivedFields(db, { chunk: 2 })).toEqual({ regulations: PRESETS, checked: 5, updated: 5 });
    const ctx = await loadDueContext(db);
    for (const c of cases) {
      const row = await stored(c.id);
      expect(row.nextDueAt).not.toBe(c.nextDueAt);
      expect(row.nextDueAt).toBe(withNextDue(fromRow(row), ctx).nextDueAt);
      expect(row.queueAt).toBe(row.nextDueAt);
    }
  });

  it('starts over when the remembered fingerprints are missing or unreadable', async () => {
    const c = await capture();
    await refreshDerivedFields(db);
    await db.settings.put({ key: DERIVED_KEY, value: 'garbage' });
    // Stale on purpose: as if written before an override the refresh never saw.
    await db.cases.put({ ...(await stored(c.id)), nextDueAt: T0, queueAt: T0 });
    expect(await refreshDerivedFields(db)).toEqual({ regulations: PRESETS, checked: 1, updated: 1 });
    expect((await stored(c.id)).nextDueAt).toBe(T0 + 30 * MINUTE);
  });
});
