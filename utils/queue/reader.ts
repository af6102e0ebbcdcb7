/**
 * The popup's first read of the database, in plain IndexedDB: no Dexie, zod or regulation presets
 * (~300 KB of the shared chunk, whose loading and evaluation cost the popup's first render ~100–200
 * ms in Chromium). The background validates every write, so a page that only reads trusts the
 * stored rows.
 *
 * `readQueueHead` reads the head of the queue off the `[queueRank+queueAt]` index together with the
 * settings, regulations and people in one read-only transaction. It never creates, upgrades or seeds
 * the database: a missing database, or one the background has not upgraded to the queue index yet,
 * is reported as `undefined` (the page asks the background to open it).
 */
import type { CaseRow } from '../db/case-row';
import type { RegulationRow } from '../db/database';

/** utils/db/database.ts DB_NAME (a test keeps the two equal; importing it would bring the seeding in). */
export const QUEUE_DB_NAME = 'otklik';
export const QUEUE_INDEX = '[queueRank+queueAt]';
const SETTINGS_KEY = 'app';
const CONTEXT_STORES = ['settings', 'regulations', 'people'] as const;

/** Where popup-head.js leaves the read it started while the popup's modules loaded. */
export const EARLY_HEAD_READ = '__otklikQueueHead';

/** Rows of the head: more than the tallest popup shows (10 rows of 66 px in 600 px). */
export const QUEUE_HEAD_ROWS = 40;

export interface QueueSource {
  /** The stored settings row's value (`settings` table, key 'app'); undefined when there is none. */
  settings: unknown;
  regulations: readonly RegulationRow[];
  people: readonly { id: string; name: string }[];
}

export interface QueueHead extends QueueSource {
  /** The first open cases in queue order (at most the limit asked for). */
  head: CaseRow[];
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Opens the existing database at its current version; undefined when there is none (nothing is created). */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    let missing = false;
    request.onupgradeneeded = () => {
      // Only a database that does not exist yet is "upgraded" by an open without a version:
      // aborting leaves it uncreated (version 0), for the background to create and seed.
      missing = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      if (!missing) return reject(request.error);
      event.preventDefault();
      resolve(undefined);
    };
    request.onblocked = () => undefined;
  });
}

/**
 * The head of the open queue (`limit` cases) with the settings, regulations and people, in one
 * read-only transaction; undefined when the database or its queue index does not exist yet.
 */
export async function readQueueHead(factory: IDBFactory, limit: number, name = QUEUE_DB_NAME): Promise<QueueHead | undefined> {
  const db = await openExisting(factory, name);
  if (!db) return undefined;
  try {
    const stores = ['cases', ...CONTEXT_STORES];
    if (!stores.every((store) => db.objectStoreNames.contains(store))) return undefined;
    const tx = db.transaction(stores, 'readonly');
    const cases = tx.objectStore('cases');
    if (!cases.indexNames.contains(QUEUE_INDEX)) return undefined;
    // Rank 0 = open; queueAt is a number (nextDueAt, or NO_DUE_AT when nothing is dated).
    const open = IDBKeyRange.bound([0, -Infinity], [0, Infinity]);
    const [head, settings, regulations, people] = await Promise.all([
      requestResult(cases.index(QUEUE_INDEX).getAll(open, limit) as IDBRequest<CaseRow[]>),
      requestResult(tx.objectStore('settings').get(SETTINGS_KEY) as IDBRequest<{ value: unknown } | undefined>),
      requestResult(tx.objectStore('regulations').getAll() as IDBRequest<RegulationRow[]>),
      requestResult(tx.objectStore('people').getAll() as IDBRequest<{ id: string; name: string }[]>),
    ]);
    return { head, settings: settings?.value, regulations, people };
  } finally {
    db.close();
  }
}

/** A read started early; `result` is set once it has settled, so a page rendering later can use it at once. */
export interface HeadRead {
  promise: Promise<QueueHead | undefined>;
  result?: { value: QueueHead | undefined } | { error: unknown };
}

export function startHeadRead(factory: IDBFactory, limit = QUEUE_HEAD_ROWS, name = QUEUE_DB_NAME): HeadRead {
  const promise = readQueueHead(factory, limit, name);
  const read: HeadRead = { promise };
  promise.then(
    (value) => (read.result = { value }),
    (error: unknown) => (read.result = { error }),
  );
  return read;
}
