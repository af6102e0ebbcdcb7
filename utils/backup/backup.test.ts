import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../cases/schema';
import { MINUTE, T0 } from '../cases/test-fixtures';
import { applyEvent } from '../cases/workflow';
import type { OtklikDB } from '../db/database';
import { dropTestDb, openTestDb } from '../db/testing';
import { regulationPresets } from '../regulation/index';
import { copyRegulation } from '../regulation/io';
import { defaultSettings } from '../settings/schema';
import { getSettings, updateSettings } from '../settings/store';
import { UserFacingError } from '../validation/index';
import { exportBackup, serializeBackup } from './export';
import type { Backup } from './format';
import { importBackup } from './import';
import { parseBackupText } from './parse';
import { backupOf, manyCases, patternCases } from './test-data';

const NOW = T0 + 24 * 60 * MINUTE;

/** JSON with object keys sorted: equal text ⇔ deeply equal data. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

async function dump(db: OtklikDB) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

describe('backup and restore', () => {
  let db: OtklikDB;
  beforeEach(async () => {
    db = await openTestDb();
  });
  afterEach(() => dropTestDb(db));

  it('round-trips 10,000 cases unchanged (export → import into an empty database → export)', async () => {
    const source = backupOf(manyCases(10_000), {
      people: [{ id: 'me', name: 'Оператор', roles: ['operator'], department: '', position: '', phone: '', email: '', active: true, updatedAt: 5 }],
      topics: [{ id: 'roads', name: 'Дороги', active: true, updatedAt: 5 }],
      regulations: [{ updatedAt: 7, regulation: copyRegulation(regulationPresets.luga, 'my-town') }],
      settings: { ...defaultSettings, activeRegulationId: 'my-town', calendarOverrides: { days: { '2025-12-01': [] }, notes: { '2025-12-01': 'День края' } } },
    });
    await importBackup(db, source, { now: NOW });
    const first = await exportBackup(db, NOW);
    expect(first.cases).toHaveLength(10_000);

    const empty = await openTestDb();
    try {
      const summary = await importBackup(empty, parseBackupText(serializeBackup(first)), { now: NOW });
      expect(summary.cases).toEqual({ added: 10_000, updated: 0, unchanged: 0, skipped: [] });
      expect(summary.settings).toBe('restored');
      const second = await exportBackup(empty, NOW);
      // Compared as canonical text: vitest's deep equality takes long over 10,000 cases.
      expect(canonical(second)).toBe(canonical(first));
      expect(canonical(await empty.cases.toArray())).toBe(canonical(await db.cases.toArray()));
    } finally {
      await dropTestDb(empty);
    }
  }, 120_000);

  it('keeps the union of events of a case present on both sides and recomputes what is derived', async () => {
    const [base] = patternCases();
    await importBackup(db, backupOf([base!]), { now: NOW });
    const policy = { operatorMayApprove: false };
    const event = (c: Case, id: string, type: string, data: unknown, minutes: number) =>
      applyEvent(c, { id, type, data, at: c.detectedAt + minutes * MINUTE, recordedAt: c.detectedAt + minutes * MINUTE, actor: 'me' } as never, policy, NOW);
    // Locally the case was routed; the file (another browser) has a note and a correction.
    const local = event(base!, 'local-1', 'routed', { executors: ['me'] }, 10);
    await db.cases.update(base!.id, { ...local });
    const remote = event(event(base!, 'remote-1', 'note', { text: 'позвонили автору' }, 5), 'remote-2', 'edited', { field: 'author.name', from: 'Иван Петров', to: 'Иван П.' }, 20);

    const summary = await importBackup(db, backupOf([remote]), { now: NOW });
    expect(summary.cases).toMatchObject({ updated: 1, added: 0 });
    const merged = (await db.cases.get(base!.id))!;
    expect(merged.events.map((e) => e.id)).toEqual([`${base!.id}-e0`, 'remote-1', 'local-1', 'remote-2']);
    expect(merged).toMatchObject({ version: 4, status: 'inWork', executors: ['me'], author: { name: 'Иван П.' } });
    expect(merged.nextDueAt).toBeDefined();

    // Importing the same file again changes nothing and duplicates nothing.
    const again = await importBackup(db, backupOf([remote]), { now: NOW });
    expect(again.cases).toMatchObject({ updated: 0, unchanged: 1 });
    expect(await db.cases.count()).toBe(1);
  });

  it('keeps the newer directory record and never duplicates ids', async () => {
    await db.people.put({ id: 'p1', name: 'Старое имя', roles: ['executor'], department: '', position: '', phone: '', email: '', active: true, updatedAt: 10 });
    await db.topics.put({ id: 't1', name: 'Местная тема', active: true, updatedAt: 50 });
    const file = backupOf([], {
      people: [{ id: 'p1', name: 'Новое имя', roles: ['executor'], department: '', position: '', phone: '', email: '', active: true, updatedAt: 20 }],
      topics: [{ id: 't1', name: 'Тема из файла', active: true, updatedAt: 40 }, { id: 't2', name: 'Ещё тема', active: true, updatedAt: 40 }],
    });
    const summary = await importBackup(db, file, { now: NOW });
    expect(summary.people).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(summary.topics).toEqual({ added: 1, updated: 0, unchanged: 1 });
    expect((await db.people.get('p1'))?.name).toBe('Новое имя');
    expect((await db.topics.get('t1'))?.name).toBe('Местная тема');
    expect(await db.topics.count()).toBe(2);
  });

  it('keeps this browser’s settings when it has some, adding only calendar dates it lacks', async () => {
    await updateSettings(db, { locale: 'en', calendarOverrides: { days: { '2026-01-12': [] }, notes: { '2026-01-12': 'местное' } } });
    const file = backupOf([], {
      settings: { ...defaultSettings, locale: 'ru', calendarOverrides: { days: { '2026-01-12': [['09:00', '12:00']], '2026-06-01': [] }, notes: { '2026-06-01': 'День города' } } },
    });
    expect((await importBackup(db, file, { now: NOW })).settings).toBe('kept');
    const settings = await getSettings(db);
    expect(settings.locale).toBe('en');
    expect(settings.calendarOverrides).toEqual({ days: { '2026-01-12': [], '2026-06-01': [] }, notes: { '2026-01-12': 'местное', '2026-06-01': 'День города' } });
  });

  it('skips an item captured here under another id instead of storing it twice', async () => {
    const [a] = patternCases();
    await importBackup(db, backupOf([a!]), { now: NOW });
    const sameItem = { ...a!, id: 'other-id', events: a!.events.map((e) => ({ ...e, id: `x-${e.id}` })) };
    const summary = await importBackup(db, backupOf([sameItem]), { now: NOW });
    expect(summary.cases.skipped).toEqual([{ fileId: 'other-id', localId: a!.id }]);
    expect(await db.cases.count()).toBe(1);
  });

  it('writes nothing when anything is wrong, and says which field', async () => {
    await importBackup(db, backupOf(patternCases().slice(0, 2)), { now: NOW });
    const before = await dump(db);
    const attempts: Array<[Backup, RegExp]> = [
      [backupOf([...manyCases(50), { ...patternCases()[3]!, regulationId: 'nowhere' }]), /«cases\[50\]\.regulationId»/],
      [backupOf([], { regulations: [{ updatedAt: 1, regulation: regulationPresets.idrinsky }] }), /«regulations\[0\]\.regulation\.id».*встроенного/],
      [backupOf(manyCases(20), { settings: { activeRegulationId: 'ghost' } }), /«settings\.activeRegulationId»/],
      [backupOf(manyCases(20), { settings: { currentUserId: 'ghost' } }), /«settings\.currentUserId»/],
    ];
    for (const [file, message] of attempts) {
      await expect(importBackup(db, file, { now: NOW })).rejects.toThrow(message);
      await expect(importBackup(db, file, { now: NOW })).rejects.toBeInstanceOf(UserFacingError);
    }
    expect(await dump(db)).toEqual(before);
  });

  it('reports without writing on a dry run', async () => {
    const before = await dump(db);
    const summary = await importBackup(db, backupOf(manyCases(30)), { now: NOW, dryRun: true });
    expect(summary.cases.added).toBe(30);
    expect(await dump(db)).toEqual(before);
  });

  it('stores HTML and script in every text field as plain text and gives it back unchanged', async () => {
    const evil = '<script>globalThis.__otklikPwned = true</script><img src=x onerror="globalThis.__otklikPwned=true">';
    const link = 'https://vk.com/wall-1_2?q="><script>alert(1)</script>';
    const [c] = patternCases().slice(2, 3); // on approval: has a draft
    const hostile: Case = {
      ...c!,
      text: evil,
      url: link,
      threadUrl: link,
      pageTitle: evil,
      postedAtText: evil,
      author: { name: evil, url: link, id: evil.slice(0, 100) },
      topic: evil,
      events: c!.events.map((e) => ({ ...e, note: evil, ...(e.type === 'draftSubmitted' ? { data: { ...e.data, text: evil } } : {}) })) as Case['events'],
    };
    const file = backupOf([hostile], {
      people: [{ id: 'me', name: evil, roles: ['operator'], department: evil, position: evil, phone: evil.slice(0, 50), email: '', active: true, updatedAt: 1 }],
      topics: [{ id: 't', name: evil, active: true, updatedAt: 1 }],
      locations: [{ id: 'l', name: evil, active: true, updatedAt: 1 }],
      templates: [{ id: 'tpl', name: evil, kind: 'answer', body: evil, active: true, updatedAt: 1 }],
      settings: { ...defaultSettings, calendarOverrides: { days: { '2026-01-12': [] }, notes: { '2026-01-12': evil.slice(0, 300) } } },
    });
    const text = serializeBackup(file);
    await importBackup(db, parseBackupText(text), { now: NOW });
    const out = await exportBackup(db, NOW);
    expect(out.cases[0]).toMatchObject({ text: evil, url: link, pageTitle: evil, author: { name: evil, url: link } });
    expect(out.cases[0]!.events.every((e) => e.note === evil)).toBe(true);
    expect(out.cases[0]!.draft?.text).toBe(evil);
    expect(out.people[0]).toMatchObject({ name: evil, department: evil, position: evil });
    expect(out.templates[0]).toMatchObject({ name: evil, body: evil });
    expect(out.settings.calendarOverrides?.notes['2026-01-12']).toBe(evil.slice(0, 300));
    expect((globalThis as Record<string, unknown>).__otklikPwned).toBeUndefined();
  });
});
