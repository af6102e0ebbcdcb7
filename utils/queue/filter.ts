/** Filters and counts over the queue (in memory, so typing in the search box answers at once). */
import type { Importance } from '../cases/events';
import type { Network } from '../sites/types';
import { caseStatuses, isOpenStatus, type CaseStatus } from '../cases/status';
import type { QueueCase } from './types';

/** 'open' = every status that is still in work (the default); 'all' = including finished. */
export type StatusFilter = CaseStatus | 'open' | 'all';

export interface QueueFilters {
  status: StatusFilter;
  network?: Network;
  /** A person id among the case's executors; '' = cases with no executor yet. */
  executor?: string;
  topic?: string;
  importance?: Importance;
  overdueOnly?: boolean;
  /** Over the text and the author's name; case-insensitive, ё = е. */
  search?: string;
}

export const DEFAULT_FILTERS: QueueFilters = { status: 'open' };

/** The networks a case may come from, in the filter's order (utils/cases/schema.ts `networks`, without zod). */
export const queueNetworks: readonly Network[] = ['vk', 'ok', 'telegram', 'other'];

/** Lower case, ё → е, runs of whitespace → one space (plain toLowerCase: Russian has no locale-specific case rules). */
export function normalizeForSearch(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

// Normalising 10,000 texts on every keystroke is the expensive part of a search: keep it per case object.
const haystacks = new WeakMap<object, string>();

function haystackOf(c: Pick<QueueCase, 'text' | 'author'>): string {
  let haystack = haystacks.get(c);
  if (haystack === undefined) {
    haystack = normalizeForSearch(`${c.author.name ?? ''}\n${c.text}`);
    haystacks.set(c, haystack);
  }
  return haystack;
}

export function matchesStatus(status: CaseStatus, filter: StatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'open') return isOpenStatus(status);
  return status === filter;
}

/** The cases that pass every filter, in the order given (filter a sorted queue to keep it sorted). */
export function filterQueue<T extends QueueCase>(cases: readonly T[], filters: QueueFilters, now: number): T[] {
  const needle = filters.search ? normalizeForSearch(filters.search) : '';
  return cases.filter(
    (c) =>
      matchesStatus(c.status, filters.status) &&
      (filters.network === undefined || c.network === filters.network) &&
      (filters.executor === undefined || (filters.executor === '' ? c.executors.length === 0 : c.executors.includes(filters.executor))) &&
      (filters.topic === undefined || c.topic === filters.topic) &&
      (filters.importance === undefined || c.importance === filters.importance) &&
      (!filters.overdueOnly || (isOpenStatus(c.status) && c.nextDueAt !== undefined && c.nextDueAt <= now)) &&
      (needle === '' || haystackOf(c).includes(needle)),
  );
}

/** True when any filter narrows the default view. */
export function isFiltered(filters: QueueFilters): boolean {
  return (
    filters.status !== 'open' ||
    filters.network !== undefined ||
    filters.executor !== undefined ||
    filters.topic !== undefined ||
    filters.importance !== undefined ||
    Boolean(filters.overdueOnly) ||
    Boolean(filters.search?.trim())
  );
}

/** How many cases are in each status (every status present, zero when none). */
export function countByStatus(cases: Iterable<Pick<QueueCase, 'status'>>): Record<CaseStatus, number> {
  const counts = Object.fromEntries(caseStatuses.map((s) => [s, 0])) as Record<CaseStatus, number>;
  for (const c of cases) counts[c.status]++;
  return counts;
}

/** Distinct values present in the queue (for the executor and topic pickers), sorted. */
export function distinctValues(cases: Iterable<QueueCase>, pick: (c: QueueCase) => Iterable<string> | string | undefined): string[] {
  const seen = new Set<string>();
  for (const c of cases) {
    const value = pick(c);
    if (value === undefined) continue;
    if (typeof value === 'string') seen.add(value);
    else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) seen.add(value[i] as string);
    else for (const v of value) seen.add(v);
  }
  // Code-point order (Cyrillic is alphabetical in it): a collator's first use costs tens of ms.
  return [...seen].sort();
}
