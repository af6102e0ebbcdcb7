/** The page's messages in the background: badges, publication detection, the context-menu capture. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { capturedComment, MINUTE, T0 } from '../../utils/cases/test-fixtures';
import type { OtklikDB } from '../../utils/db/database';
import { dropTestDb, openTestDb } from '../../utils/db/testing';
import { createRouter } from '../../utils/messaging/router';
import { createClient } from '../../utils/messaging/transport';
import { createCaseHandlers } from './cases';
import { captureSelection } from './context-menu';
import { createAnswerHandlers } from './answer';
import { createPageBadgeHandlers } from './page-badges';

const ANSWER = 'Иван, фонарь на улице Ленина починят до пятницы.';

describe('messages from VK/OK pages', () => {
  let db: OtklikDB;
  let now = T0;
  let request: ReturnType<typeof createClient>;
  beforeEach(async () => {
    db = await openTestDb();
    now = T0 + MINUTE;
    const clock = () => now;
    const route = createRouter({ ...createCaseHandlers(() => db, clock), ...createPageBadgeHandlers(() => db, clock), ...createAnswerHandlers(() => db, clock) });
    request = createClient((envelope) => route(envelope));
  });
  afterEach(() => dropTestDb(db));

  async function approvedCase(kind: 'answer' | 'interim' = 'answer', captured?: string) {
    const caseId = captured ?? (await request('capture', capturedComment())).caseId;
    const steps = [
      { type: 'routed', data: { executors: ['me'] } },
      { type: 'draftSubmitted', data: { kind, text: ANSWER } },
      { type: 'approved', data: {} },
    ] as const;
    let version = 1;
    for (const event of steps) {
      now += 5 * MINUTE;
      version = (await request('appendEvent', { caseId, event, expectedVersion: version })).version;
    }
    return caseId;
  }

  it('gives each case its badge: status, working time left by the calendar, due moment', async () => {
    const { caseId } = await request('capture', capturedComment());
    now = T0 + 10 * MINUTE; // Thursday 09:10 in Moscow
    const { badges } = await request('caseBadges', { caseIds: [caseId, 'no-such-case'] });
    expect(badges).toHaveLength(1);
    expect(badges[0]).toMatchObject({ caseId, itemKey: 'wall-1_2?reply=3', status: 'new', statusLabel: 'Новое', urgency: 'soon' });
    expect(badges[0]!.remaining).toMatch(/^\d+ мин раб\.$/);
    expect(badges[0]!.dueText).toMatch(/^до \d\d:\d\d, чт$/);
    // The spoken name says all of it: status, the stage and its working time left, the due moment.
    expect(badges[0]!.label).toMatch(/^Дело: Новое, [^,]+: .*\d+.*, до \d\d:\d\d, чт\. Открыть в боковой панели$/);
    expect(badges[0]!.watchText).toBeUndefined();
  });

  it('watches for the approved answer, then records the reply the page saw as published with its link and time', async () => {
    const caseId = await approvedCase();
    expect((await request('caseBadges', { caseIds: [caseId] })).badges[0]!.watchText).toBe(ANSWER);
    now += 5 * MINUTE;
    const replyAt = now - 60_000;
    const url = 'https://vk.com/wall-1_2?reply=9001&thread=3';
    expect(await request('replyDetected', { caseId, url, replyAt, text: 'Иван, фонарь на\u00a0улице   Ленина\nпочинят до пятницы. 👍' })).toEqual({ recorded: true, status: 'answered', notice: 'Ответ появился в ветке: дело отмечено.' });
    const row = (await db.cases.get(caseId))!;
    expect(row.events.at(-1)).toMatchObject({ type: 'published', at: replyAt, data: { kind: 'answer', url, replyAt } });
    expect(await request('replyDetected', { caseId, url, replyAt, text: ANSWER })).toEqual({ recorded: false, status: 'answered' });
    expect((await request('caseBadges', { caseIds: [caseId] })).badges[0]!.watchText).toBeUndefined();
  });

  it('records an interim answer as interimPublished, never before the approval', async () => {
    const caseId = await approvedCase('interim');
    const approvedAt = (await db.cases.get(caseId))!.events.at(-1)!.at;
    const result = await request('replyDetected', { caseId, url: 'https://vk.com/wall-1_2?reply=9002', replyAt: approvedAt - 30_000, text: ANSWER });
    expect(result).toEqual({ recorded: true, status: 'interim', notice: 'Ответ появился в ветке: дело отмечено.' });
    expect((await db.cases.get(caseId))!.events.at(-1)).toMatchObject({ type: 'interimPublished', at: approvedAt });
  });

  it('does not record a reply whose text is not the approved answer', async () => {
    const caseId = await approvedCase();
    expect(await request('replyDetected', { caseId, url: 'https://vk.com/wall-1_2?reply=9003', text: 'Спасибо!' })).toEqual({ recorded: false, status: 'approved' });
    expect((await db.cases.get(caseId))!.version).toBe(4);
  });

  it('refuses to insert an answer that is not approved yet, in Russian', async () => {
    const { caseId } = await request('capture', capturedComment());
    expect(await request('insertAnswer', { caseId })).toEqual({ outcome: 'failed', message: expect.stringMatching(/^Нет согласованного ответа/) });
    expect(await request('insertAnswer', { caseId: 'nope' })).toEqual({ outcome: 'failed', message: expect.stringMatching(/^Дело не найдено/) });
  });

  it('says in Russian that a case recorded from a selection has no post or comment to answer into', async () => {
    const selected = await captureSelection(db, { selectionText: 'Когда уберут снег во дворе?' }, { url: 'https://vk.com/wall-1_2', title: 'Запись' }, now);
    const caseId = await approvedCase('answer', selected);
    expect((await db.cases.get(caseId))!).toMatchObject({ network: 'vk', kind: 'message' });
    expect(await request('insertAnswer', { caseId })).toEqual({ outcome: 'failed', message: expect.stringMatching(/^Дело записано по адресу страницы и тексту.*опубликуйте его вручную\.$/) });
  });

  it('captures a selection from any page as a case of its network, with what is missing', async () => {
    const id = await captureSelection(db, { selectionText: '  Когда   откроют\nкаток?  ' }, { url: 'https://web.telegram.org/k/#@zarechny_chat', title: 'Заречный — чат' }, now);
    const row = (await db.cases.get(id))!;
    expect(row).toMatchObject({
      network: 'telegram',
      kind: 'message',
      text: 'Когда откроют\nкаток?',
      url: 'https://web.telegram.org/k/#@zarechny_chat',
      pageTitle: 'Заречный — чат',
      markup: 'selection',
    });
    expect(row.itemKey).toMatch(/^web\.telegram\.org\/k#@zarechny_chat#text=[0-9a-f]{16}$/);
    expect(row.missing).toEqual(expect.arrayContaining(['author.name', 'postedAt']));
    const again = await captureSelection(db, { selectionText: 'Когда откроют\nкаток?' }, { url: 'https://web.telegram.org/k/#@zarechny_chat' }, now);
    expect(again).toBe(id);
    const other = await captureSelection(db, { selectionText: 'Яма на дороге', pageUrl: 'https://forum.example.org/t/123?utm_source=x' }, undefined, now);
    expect((await db.cases.get(other))).toMatchObject({ network: 'other', itemKey: expect.stringMatching(/^forum\.example\.org\/t\/123#text=/), missing: expect.arrayContaining(['pageTitle']) });
    await expect(captureSelection(db, { selectionText: 'x' }, { url: 'chrome://settings' }, now)).rejects.toThrow(/нет адреса http/);
  });
});
