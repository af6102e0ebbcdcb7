/**
 * Test-only helpers for the case workspace's component tests: the page's database (fake-indexeddb)
 * reset between tests, a CaseApi that writes through utils/db/cases like the background does,
 * mounting, and waiting for liveQuery to settle. Imported by *.test.tsx files only.
 */
import { vi } from 'vitest';
import { appendEvent, captureItem, linkRepeat, updateCaseFields } from '../../utils/db/cases';
import { getDatabase } from '../../utils/db/database';
import { defaultPerson } from '../../utils/db/seed';
import { putDirectoryRecord } from '../../utils/db/directory';
import type { DraftStorage } from '../../utils/drafting/draft-store';
import { MessagingError } from '../../utils/messaging/transport';
import type { CapturedItem } from '../../utils/sites/types';
import { updateSettings } from '../../utils/settings/store';
import type { CaseApi } from './api';

export const db = getDatabase();

export async function resetDatabase(regulationId = 'korenovsk'): Promise<void> {
  await db.open();
  await db.transaction('rw', [db.cases, db.people, db.templates, db.topics, db.locations], async () => {
    await Promise.all([db.cases.clear(), db.people.clear(), db.templates.clear(), db.topics.clear(), db.locations.clear()]);
    await db.people.add(defaultPerson);
  });
  await updateSettings(db, { activeRegulationId: regulationId });
}

export async function addPerson(id: string, name: string, extra: Record<string, unknown> = {}): Promise<void> {
  await putDirectoryRecord(db, 'people', { id, name, roles: ['executor'], ...extra }, Date.now());
}

let item = 0;

/** Captures a VK comment posted 20 minutes ago and detected a minute ago; returns the case id. */
export async function seedCase(overrides: Partial<CapturedItem> = {}): Promise<string> {
  item += 1;
  const now = Date.now();
  const captured: CapturedItem = {
    network: 'vk',
    kind: 'comment',
    itemKey: `wall-1_2?reply=${item}`,
    ref: { ownerId: '-1', postId: '2', commentId: String(item) },
    url: `https://vk.com/wall-1_2?reply=${item}`,
    threadUrl: 'https://vk.com/wall-1_2',
    author: { name: 'Иван Петров', url: 'https://vk.com/id42', id: '42' },
    text: 'Когда починят фонарь?\nТемно уже неделю.',
    attachments: [],
    postedAt: now - 20 * 60_000,
    postedAtText: '20 минут назад',
    detectedAt: now - 60_000,
    pageUrl: 'https://vk.com/wall-1_2',
    missing: [],
    markup: 'vk-react',
    ...overrides,
  };
  return (await captureItem(db, captured, { now })).case.id;
}

/** Writes like the background (utils/db/cases) at the real clock; insertAnswer as set by the test. */
export function dbApi(insert?: CaseApi['insertAnswer']): CaseApi {
  const ctx = () => ({ now: Date.now() });
  return {
    appendEvent: (caseId, event, version) => appendEvent(db, caseId, event, version, ctx()),
    updateCaseFields: (caseId, changes, version) => updateCaseFields(db, caseId, changes, version, ctx()),
    linkRepeat: (caseId, repeatOf, version) => linkRepeat(db, caseId, repeatOf, version, ctx()),
    insertAnswer: insert ?? (() => Promise.reject(new MessagingError('Неизвестная команда «insertAnswer».', 'unknown'))),
  };
}

export function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

export { byTestId, click, mount, setValue, waitFor } from '../test-dom';

export const noop = vi.fn();
