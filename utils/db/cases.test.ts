import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarFor, computeDeadlines, nextDue } from '../cases/deadlines';
import { capturedComment, MINUTE, T0 } from '../cases/test-fixtures';
import { regulationPresets } from '../regulation/index';
import { updateSettings } from '../settings/store';
import { fromRow } from './case-row';
import { appendEvent, captureItem, CONFLICT_MESSAGE, findRepeats, linkRepeat, updateCaseFields } from './cases';
import type { OtklikDB } from './database';
import { loadDueContext } from './due';
import { dropTestDb, idSequence, openTestDb } from './testing';

describe('case writes', () => {
  let db: OtklikDB;
  let ids: () => string;
  const at = (minutes: number) => ({ now: T0 + minutes * MINUTE, newId: ids });
  beforeEach(async () => {
    db = await openTestDb();
    ids = idSequence();
  });
  afterEach(() => dropTestDb(db));

  describe('captureItem', () => {
    it('creates a case with a captured event by the current user, under the active regulation, with its next due moment', async () => {
      const { case: stored, created } = await captureItem(db, capturedComment(), at(1));
      expect(created).toBe(true);
      expect(await findRepeats(db, fromRow(stored))).toEqual([]);
      expect(stored).toMatchObject({ id: 'id-1', status: 'new', version: 1, regulationId: 'korenovsk', queueRank: 0 });
      expect(stored.events).toEqual([
        { id: 'id-2', type: 'captured', at: T0, recordedAt: T0 + MINUTE, actor: 'me', data: {} },
      ]);
      const regulation = regulationPresets.korenovsk;
      const expected = nextDue(computeDeadlines(stored, regulation, calendarFor(regulation)))!.due;
      expect(stored.nextDueAt).toBe(expected);
      expect(stored.queueAt).toBe(expected);
      // Korenovsk p.11: route within 30 working minutes of detection (Thursday 09:00 → 09:30).
      expect(expected).toBe(T0 + 30 * MINUTE);
      expect(await db.cases.get('id-1')).toEqual(stored);
    });

    it('returns the existing case when the same item is captured again, even when two captures race', async () => {
      const [a, b] = await Promise.all([captureItem(db, capturedComment(), at(1)), captureItem(db, capturedComment(), at(1))]);
      expect([a.created, b.created].sort()).toEqual([false, true]);
      expect(a.case.id).toBe(b.case.id);
      const again = await captureItem(db, capturedComment({ text: 'другой текст страницы' }), at(5));
      expect(again.created).toBe(false);
      expect(again.case.text).toBe(capturedComment().text);
      expect(await db.cases.count()).toBe(1);
    });

    it('uses the settings and regulations it is given instead of reading them (the background cache)', async () => {
      const due = await loadDueContext(db);
      await updateSettings(db, { activeRegulationId: 'luga' });
      const [a, b] = await Promise.all([captureItem(db, capturedComment(), { ...at(0), due }), captureItem(db, capturedComment(), { ...at(0), due })]);
      expect([a.created, b.created].sort()).toEqual([false, true]);
      expect(a.case.id).toBe(b.case.id);
      expect(a.case.regulationId).toBe('korenovsk');
      expect(await db.cases.count()).toBe(1);
    });

    it('uses the settings: current user, active regulation, time-zone override', async () => {
      await updateSettings(db, { activeRegulationId: 'luga', timeZone: 'Asia/Yakutsk' });
      const { case: stored } = await captureItem(db, capturedComment(), at(0));
      expect(stored.regulationId).toBe('luga');
      const luga = { ...regulationPresets.luga, timeZone: 'Asia/Yakutsk' };
      expect(stored.nextDueAt).toBe(nextDue(computeDeadlines(stored, luga, calendarFor(luga)))?.due);
    });

    it('offers earlier cases of the same author, also reached through another profile URL', async () => {
      await captureItem(db, capturedComment(), at(0));
      await captureItem(db, capturedComment({ itemKey: 'wall-1_9', url: 'https://vk.com/wall-1_9', threadUrl: 'https://vk.com/wall-1_9', author: { name: 'Петров', url: 'https://vk.com/id777' } }), at(1));
      const later = capturedComment({
        itemKey: 'wall-5_5',
        url: 'https://vk.com/wall-5_5',
        threadUrl: 'https://vk.com/wall-5_5',
        author: { name: 'Иван', url: 'https://m.vk.ru/id42/' },
        detectedAt: T0 + 60 * MINUTE,
      });
      const { case: stored } = await captureItem(db, later, at(61));
      const repeats = await findRepeats(db, fromRow(stored));
      expect(repeats.map((r) => r.id)).toEqual(['id-1']);
      expect(repeats[0]).toMatchObject({ reasons: expect.arrayContaining(['sameAuthor']), status: 'new', excerpt: capturedComment().text });
    });

    it('refuses invalid captured data with a Russian message and stores nothing', async () => {
      await expect(captureItem(db, capturedComment({ text: 'x'.repeat(10 * 1024 * 1024) }), at(0))).rejects.toThrow(/text/);
      expect(await db.cases.count()).toBe(0);
    });
  });

  describe('appendEvent', () => {
    async function captured() {
      return (await captureItem(db, capturedComment(), at(0))).case;
    }

    it('appends, derives the status and recomputes the next due moment', async () => {
      const c = await captured();
      const routed = await appendEvent(db, c.id, { type: 'routed', data: { executors: ['me'] } }, 1, at(10));
      expect(routed).toMatchObject({ version: 2, status: 'inWork', executors: ['me'] });
      expect(routed.events[1]).toMatchObject({ type: 'routed', at: T0 + 10 * MINUTE, recordedAt: T0 + 10 * MINUTE, actor: 'me' });
      expect(routed.nextDueAt).not.toBe(c.nextDueAt);
      const regulation = regulationPresets.korenovsk;
      expect(routed.nextDueAt).toBe(nextDue(computeDeadlines(routed, regulation, calendarFor(regulation)))?.due);
      expect(await db.cases.get(c.id)).toEqual(routed);
    });

    it('refuses a stale expected version and never overwrites', async () => {
      const c = await captured();
      await appendEvent(db, c.id, { type: 'routed', data: { executors: ['me'] } }, 1, at(10));
      const before = await db.cases.get(c.id);
      await expect(appendEvent(db, c.id, { type: 'note', data: { text: 'из второго окна' } }, 1, at(11))).rejects.toThrow(CONFLICT_MESSAGE);
      expect(CONFLICT_MESSAGE).toMatch(/^Дело изменено в другом окне/);
      expect(await db.cases.get(c.id)).toEqual(before);
    });

    it('lets exactly one of two racing windows write', async () => {
      const c = await captured();
      const results = await Promise.allSettled([
        appendEvent(db, c.id, { type: 'note', data: { text: 'первое окно' } }, 1, at(5)),
        appendEvent(db, c.id, { type: 'note', data: { text: 'второе окно' } }, 1, at(5)),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect((await db.cases.get(c.id))?.events).toHaveLength(2);
    });

    it('passes the workflow refusals through and writes nothing', async () => {
      const c = await captured();
      await expect(appendEvent(db, c.id, { type: 'approved', data: {} }, 1, at(5))).rejects.toMatchObject({ code: 'refused' });
      await expect(appendEvent(db, c.id, { type: 'returnedForRevision', data: { reason: 'other' } }, 1, at(5))).rejects.toThrow(/comment/);
      await expect(appendEvent(db, 'no-such-case', { type: 'note', data: { text: 'x' } }, 1, at(5))).rejects.toMatchObject({ code: 'not-found' });
      expect((await db.cases.get(c.id))?.version).toBe(1);
    });
  });

  describe('corrections and repeats', () => {
    it('records each corrected field as an edited event with the value it replaces', async () => {
      const item = capturedComment({ postedAt: undefined, missing: ['postedAt'] });
      const { case: c } = await captureItem(db, item, at(0));
      const fixed = await updateCaseFields(db, c.id, { postedAt: T0 - 60 * MINUTE, 'author.name': 'Иван Петрович', text: c.text }, 1, at(3));
      expect(fixed.version).toBe(3);
      expect(fixed.events.slice(1).map((e) => e.data)).toEqual([
        { field: 'postedAt', from: null, to: T0 - 60 * MINUTE },
        { field: 'author.name', from: 'Иван Петров', to: 'Иван Петрович' },
      ]);
      expect(fixed).toMatchObject({ postedAt: T0 - 60 * MINUTE, missing: [], author: { name: 'Иван Петрович' } });
      await expect(updateCaseFields(db, c.id, { text: c.text }, 3, at(4))).rejects.toThrow(/Изменений нет/);
      await expect(updateCaseFields(db, c.id, { postedAt: T0 + 999 * MINUTE }, 3, at(4))).rejects.toThrow(/позже, чем его выявили/);
    });

    it('links a repeat to an earlier case, and refuses itself or an unknown case', async () => {
      const first = (await captureItem(db, capturedComment(), at(0))).case;
      const second = (await captureItem(db, capturedComment({ itemKey: 'wall-1_2?reply=4', url: 'https://vk.com/wall-1_2?reply=4' }), at(1))).case;
      const linked = await linkRepeat(db, second.id, first.id, 1, at(2));
      expect(linked.repeatOf).toBe(first.id);
      await expect(linkRepeat(db, second.id, second.id, 2, at(3))).rejects.toThrow(/самого себя/);
      await expect(linkRepeat(db, second.id, 'ghost', 2, at(3))).rejects.toThrow(/не найдено/);
    });
  });
});
