/**
 * Queries for the queue: a page of cases sorted by the nearest due moment (finished cases after the
 * open ones, newest first), read off the `[status+queueAt]` / `[queueRank+queueAt]` indexes, and
 * counts per status. Read-only: pages may call these directly inside liveQuery.
 */
import { Dexie, type Collection } from 'dexie';
import type { Importance } from '../cases/events';
import type { Case } from '../cases/schema';
import { caseStatuses, isOpenStatus, type CaseStatus } from '../cases/status';
import type { CaseRow } from './case-row';
import type { OtklikDB } from './database';

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1_000;

export interface QueueFilter {
  /** Only these statuses; all when absent or empty. */
  statuses?: readonly CaseStatus[];
  network?: Case['network'];
  /** A person id among the case's executors; '' = cases with no executor yet. */
  executor?: string;
  topic?: string;
  importance?: Importance;
  /** Only open cases whose next stage is already due at `now`. */
  overdueOnly?: boolean;
  /** Substring of the text, the author's name, the topic or the location; case-insensitive, ё = е. */
  search?: string;
  now: number;
  limit?: number;
  offset?: number;
}

/** Lower case, ё → е, runs of whitespace → one space (as the popup's own search does). */
export function normaliseForSearch(text: string): string {
  return text.toLocaleLowerCase('ru-RU').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

function hasRowFilter(filter: QueueFilter): boolean {
  return [filter.network, filter.executor, filter.topic, filter.importance].some((v) => v !== undefined) || Boolean(filter.search?.trim());
}

function matches(filter: QueueFilter): (row: CaseRow) => boolean {
  const needle = normaliseForSearch(filter.search ?? '');
  const { executor } = filter;
  return (row) =>
    (filter.network === undefined || row.network === filter.network) &&
    (executor === undefined || (executor === '' ? row.executors.length === 0 : row.executors.includes(executor))) &&
    (filter.topic === undefined || row.topic === filter.topic) &&
    (filter.importance === undefined || row.importance === filter.importance) &&
    (needle === '' ||
      [row.text, row.author.name, row.topic, row.location].some((field) => field !== undefined && normaliseForSearch(field).includes(needle)));
}

/** Queue order: open before finished, then by queueAt, then by id (the index's own tie-break). */
export function compareQueue(a: CaseRow, b: CaseRow): number {
  return a.queueRank - b.queueRank || a.queueAt - b.queueAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function statusRange(db: OtklikDB, status: CaseStatus, filter: QueueFilter): Collection<CaseRow, string> | undefined {
  if (filter.overdueOnly) {
    if (!isOpenStatus(status)) return undefined;
    return db.cases.where('[status+queueAt]').between([status, Dexie.minKey], [status, filter.now]);
  }
  return db.cases.where('[status+queueAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]);
}

/** Every open case (rank 0), every finished one (rank 1), or both, in queue order. */
function rankRange(db: OtklikDB, ranks: 'open' | 'finished' | 'all', filter: QueueFilter): Collection<CaseRow, string> | undefined {
  const index = db.cases.where('[queueRank+queueAt]');
  if (filter.overdueOnly) return ranks === 'finished' ? undefined : index.between([0, Dexie.minKey], [0, filter.now]);
  const from = ranks === 'finished' ? 1 : 0;
  const to = ranks === 'open' ? 0 : 1;
  return index.between([from, Dexie.minKey], [to, Dexie.maxKey], true, true);
}

const sameSet = (a: ReadonlySet<CaseStatus>, b: readonly CaseStatus[]) => a.size === b.length && b.every((s) => a.has(s));

/** The index ranges to read: one rank range when the statuses are exactly a rank, else one per status. */
function sourcesFor(db: OtklikDB, filter: QueueFilter): Collection<CaseRow, string>[] {
  const statuses = new Set(filter.statuses ?? []);
  const finished = caseStatuses.filter((s) => !isOpenStatus(s));
  const rank =
    statuses.size === 0 || sameSet(statuses, caseStatuses)
      ? 'all'
      : sameSet(statuses, caseStatuses.filter(isOpenStatus))
        ? 'open'
        : sameSet(statuses, finished)
          ? 'finished'
          : undefined;
  const ranges = rank ? [rankRange(db, rank, filter)] : [...statuses].map((status) => statusRange(db, status, filter));
  return ranges.filter((c) => c !== undefined);
}

/** One page of the queue, in queue order. */
export async function queryQueue(db: OtklikDB, filter: QueueFilter): Promise<CaseRow[]> {
  const limit = Math.min(Math.max(filter.limit ?? DEFAULT_PAGE, 0), MAX_PAGE);
  const offset = Math.max(filter.offset ?? 0, 0);
  const wanted = offset + limit;
  if (limit === 0) return [];
  // Without a row filter the index range is read in bulk (getAll), not cursor by cursor.
  const predicate = hasRowFilter(filter) ? matches(filter) : undefined;
  const sources = sourcesFor(db, filter);
  const pages = await db.transaction('r', db.cases, () =>
    Promise.all(sources.map((collection) => (predicate ? collection.filter(predicate) : collection).limit(wanted).toArray())),
  );
  const merged = pages.length === 1 ? pages[0]! : pages.flat().sort(compareQueue);
  return merged.slice(offset, wanted);
}

/** How many cases are in each status (every status present, zero when none). */
export async function countByStatus(db: OtklikDB): Promise<Record<CaseStatus, number>> {
  const counts = await db.transaction('r', db.cases, () =>
    Promise.all(caseStatuses.map((status) => db.cases.where('status').equals(status).count())),
  );
  return Object.fromEntries(caseStatuses.map((status, i) => [status, counts[i]!])) as Record<CaseStatus, number>;
}

/** Cases already captured among `itemKeys` of one network (a page's items), keyed by itemKey. */
export async function casesByItemKeys(db: OtklikDB, network: Case['network'], itemKeys: readonly string[]): Promise<Map<string, CaseRow>> {
  const rows = await db.cases
    .where('[network+itemKey]')
    .anyOf(itemKeys.map((key) => [network, key]))
    .toArray();
  return new Map(rows.map((row) => [row.itemKey, row]));
}
