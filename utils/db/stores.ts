/**
 * The IndexedDB schema of each database version, as Dexie store strings. Kept apart from the
 * Dexie class so the migration test can write a database exactly as an older version did
 * (fixtures/v1.ts…) and then open it with the current code.
 *
 * Never edit a shipped version: add a new one with an upgrade function (versions.ts).
 */

/** Version 1: the tables; repeats looked up by raw author id/url and thread URL. */
export const storesV1 = {
  cases: 'id, status, nextDueAt, network, &[network+itemKey], updatedAt, detectedAt, author.id, author.url, threadUrl',
  people: 'id, active',
  topics: 'id',
  locations: 'id',
  templates: 'id, kind',
  regulations: 'id, source',
  settings: 'key',
  notified: '[caseId+stage+threshold], caseId',
} as const;

/**
 * Version 2:
 * - `queueRank` + `queueAt` (derived, backfilled): the queue's order as an index — open cases by
 *   their next due moment, finished ones after them — so a page of the queue over 100,000 cases
 *   is read straight off `[status+queueAt]` / `[queueRank+queueAt]` instead of sorting in memory
 *   (cases without a due time were missing from the `nextDueAt` index altogether);
 * - `authorKeys` (multi-entry: the network id and the profile URL) + `threadKey` (derived,
 *   backfilled) replace the raw `author.id`, `author.url`, `threadUrl` indexes: the same author
 *   reached as vk.com/id1, https://m.vk.com/id1/ or vk.ru/id1, or once with an id and once
 *   without, is one person when repeats are looked up. `[threadKey+detectedAt]` reads a busy
 *   thread's newest cases first, so a capture never loads a thread's whole history.
 */
export const storesV2 = {
  ...storesV1,
  cases:
    'id, status, nextDueAt, network, &[network+itemKey], updatedAt, detectedAt, *authorKeys, [threadKey+detectedAt], [status+queueAt], [queueRank+queueAt]',
} as const;

export const LATEST_VERSION = 2;

/** Each shipped version's stores, for tests that write a database as that version did. */
export const storesByVersion: Record<number, Record<string, string>> = { 1: storesV1, 2: storesV2 };
