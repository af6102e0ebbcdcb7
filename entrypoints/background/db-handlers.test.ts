/** The database messages end to end through the router: validation, Russian errors, writes. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { capturedComment, MINUTE, T0 } from '../../utils/cases/test-fixtures';
import type { OtklikDB } from '../../utils/db/database';
import { dropTestDb, openTestDb } from '../../utils/db/testing';
import { createRouter } from '../../utils/messaging/router';
import { createClient, MessagingError } from '../../utils/messaging/transport';
import { regulationPresets } from '../../utils/regulation/index';
import { copyRegulation, serializeRegulation } from '../../utils/regulation/io';
import { createCaseHandlers } from './cases';
import { createRecordHandlers } from './records';

describe('database messages', () => {
  let db: OtklikDB;
  let now = T0;
  let request: ReturnType<typeof createClient>;
  beforeEach(async () => {
    db = await openTestDb();
    now = T0 + MINUTE;
    const clock = () => now;
    const route = createRouter({ ...createCaseHandlers(() => db, clock), ...createRecordHandlers(() => db, clock) });
    request = createClient((envelope) => route(envelope));
  });
  afterEach(() => dropTestDb(db));

  it('captures once, reports status (with its label), due time and the notice, and answers the page’s status look-up', async () => {
    const first = await request('capture', capturedComment());
    expect(first).toMatchObject({ created: true, status: 'new', version: 1 });
    // The badge at once: status, working time left and the wall-clock due moment (Korenovsk: route in 30 working minutes).
    expect(first.badge).toMatchObject({ caseId: first.caseId, itemKey: 'wall-1_2?reply=3', statusLabel: 'Новое', remaining: expect.stringMatching(/29 мин/) });
    expect(first.badge.label).toMatch(/^Дело: Новое, .+\. Открыть в боковой панели$/);
    expect(first.notice).toBeUndefined();
    expect(first.nextDueAt).toBe(T0 + 30 * MINUTE);
    const again = await request('capture', capturedComment());
    expect(again).toMatchObject({ created: false, caseId: first.caseId, notice: { text: 'Это сообщение уже в работе.', warning: false } });
    const { cases } = await request('casesByKeys', { network: 'vk', itemKeys: ['wall-1_2?reply=3', 'wall-9_9'] });
    expect(cases).toEqual([{ itemKey: 'wall-1_2?reply=3', caseId: first.caseId, version: 1, status: 'new', nextDueAt: T0 + 30 * MINUTE }]);
    expect(await request('getCase', { caseId: 'nope' })).toEqual({ case: null });
  });

  it('records an item whose markup the page could not read from its address and text, with a warning', async () => {
    const source = { network: 'vk' as const, pageUrl: 'https://vk.com/club1?utm_source=x', pageTitle: 'Группа', text: '  Когда  починят\u00a0фонарь? ', detectedAt: T0 };
    const first = await request('captureUnrecognised', source);
    expect(first).toMatchObject({ created: true, status: 'new', badge: { statusLabel: 'Новое' }, notice: { warning: true } });
    expect(first.badge.itemKey).toMatch(/^vk\.com\/club1#text=[0-9a-f]{16}$/);
    expect(first.notice!.text).toMatch(/^Вёрстка не распознана: .*Нет: .*имя автора/);
    const stored = await db.cases.get(first.caseId);
    expect(stored).toMatchObject({ kind: 'message', markup: 'vk-unrecognised', text: 'Когда починят фонарь?', url: source.pageUrl, pageTitle: 'Группа' });
    const again = await request('captureUnrecognised', { ...source, detectedAt: T0 + MINUTE });
    expect(again).toMatchObject({ created: false, caseId: first.caseId, badge: { itemKey: first.badge.itemKey } });
    await expect(request('captureUnrecognised', { ...source, pageUrl: 'file:///etc/passwd' })).rejects.toThrow(/нет адреса http/);
  });

  it('refuses a malformed capture before touching the database', async () => {
    const bad = { ...capturedComment(), url: 'javascript:alert(1)' };
    await expect(request('capture', bad)).rejects.toThrow(/^Запрос: поле «url»/);
    expect(await db.cases.count()).toBe(0);
  });

  it('appends events with the expected version and refuses a stale one in Russian', async () => {
    const { caseId } = await request('capture', capturedComment());
    now += 5 * MINUTE;
    const routed = await request('appendEvent', { caseId, event: { type: 'routed', data: { executors: ['me'] } }, expectedVersion: 1 });
    expect(routed).toMatchObject({ version: 2, status: 'inWork' });
    const stale = request('appendEvent', { caseId, event: { type: 'note', data: { text: 'x' } }, expectedVersion: 1 });
    await expect(stale).rejects.toBeInstanceOf(MessagingError);
    await expect(stale).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/^Дело изменено в другом окне/) });
    await expect(request('appendEvent', { caseId, event: { type: 'teleported', data: {} } as never, expectedVersion: 2 })).rejects.toThrow(/«event\.type»/);
    const fixed = await request('updateCaseFields', { caseId, changes: { 'author.name': 'Иван' }, expectedVersion: 2 });
    expect(fixed.version).toBe(3);
  });

  it('saves settings, directory records and custom regulations through validation', async () => {
    await request('directoryPut', { table: 'people', record: { id: 'p1', name: 'Петрова', roles: ['executor', 'approver'] } });
    await expect(request('directoryPut', { table: 'people', record: { id: 'p2', name: '', roles: ['executor'] } })).rejects.toThrow(/«record\.name»/);
    await request('regulationSave', { regulation: serializeRegulation(copyRegulation(regulationPresets.korenovsk, 'my-town')) });
    await expect(request('regulationSave', { regulation: regulationPresets.luga })).rejects.toThrow(/Встроенный регламент/);
    const { settings } = await request('updateSettings', { activeRegulationId: 'my-town', currentUserId: 'p1' });
    expect(settings).toMatchObject({ activeRegulationId: 'my-town', currentUserId: 'p1' });
    await expect(request('regulationDelete', { id: 'my-town' })).rejects.toThrow(/выбран в настройках/);
    const { caseId } = await request('capture', capturedComment());
    expect((await db.cases.get(caseId))?.events[0]?.actor).toBe('p1');
  });

  it('exports, records the backup time, and imports the file back', async () => {
    await request('capture', capturedComment());
    now += MINUTE;
    const exported = await request('exportBackup', {});
    expect(exported).toMatchObject({ cases: 1, exportedAt: now });
    expect(exported.fileName).toMatch(/^otklik-backup-2025-11-27-\d{4}\.json$/);
    expect((await db.settings.get('app'))?.value).toMatchObject({ lastBackupAt: now });
    const summary = await request('importBackup', { json: exported.json });
    expect(summary.cases).toEqual({ added: 0, updated: 0, unchanged: 1, skipped: [] });
    await expect(request('importBackup', { json: exported.json.slice(0, 100) })).rejects.toThrow(/^Файл резервной копии: файл повреждён или обрезан/);
  });

  it('moves the stored due moments of open cases when the calendar or a regulation changes, before answering', async () => {
    const { caseId, nextDueAt } = await request('capture', capturedComment());
    expect(nextDueAt).toBe(T0 + 30 * MINUTE); // Thursday 09:30
    await request('updateSettings', { calendarOverrides: { days: { '2025-11-27': [] }, notes: {} } });
    expect((await request('getCase', { caseId })).case?.nextDueAt).toBe(Date.UTC(2025, 10, 28, 6, 30)); // Friday 09:30
    await request('updateSettings', { calendarOverrides: { days: {}, notes: {} } });
    expect((await request('getCase', { caseId })).case?.nextDueAt).toBe(T0 + 30 * MINUTE);

    // A custom regulation re-saved with a longer routing term moves the cases captured under it.
    const town = copyRegulation(regulationPresets.korenovsk, 'my-town');
    await request('regulationSave', { regulation: serializeRegulation(town) });
    await request('updateSettings', { activeRegulationId: 'my-town' });
    const second = await request('capture', capturedComment({ itemKey: 'wall-1_2?reply=4', url: 'https://vk.com/wall-1_2?reply=4' }));
    const slower = structuredClone(town);
    slower.stages = slower.stages.map((stage) => (stage.id === 'route' ? { ...stage, term: { ...stage.term, duration: 90 } } : stage)) as typeof slower.stages;
    await request('regulationSave', { regulation: serializeRegulation(slower) });
    expect((await request('getCase', { caseId: second.caseId })).case?.nextDueAt).toBe(T0 + 90 * MINUTE);
    expect((await request('getCase', { caseId })).case?.nextDueAt).toBe(T0 + 30 * MINUTE);
  });

  it('runs retention only when the rule is switched on', async () => {
    expect(await request('retentionPreview', {})).toMatchObject({ months: 36, count: 0 });
    await expect(request('retentionRun', {})).rejects.toThrow(/Правило хранения выключено/);
    await request('updateSettings', { retention: { enabled: true, months: 12 } });
    expect(await request('retentionRun', {})).toMatchObject({ months: 12, deleted: 0 });
    await expect(request('retentionPreview', { months: 3 })).rejects.toThrow(/«months»/);
  });
});
