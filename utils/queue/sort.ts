/**
 * Queue order: open cases by their nearest due stage (the most overdue first, then the soonest),
 * open cases with nothing due after them, finished cases last (most recently finished first).
 * Ties on the same due moment: high importance first, then the earlier detected, then id — so the
 * order never depends on the input order.
 */
import { isOpenStatus } from '../cases/status';
import type { QueueCase } from './types';

type Sortable = Pick<QueueCase, 'id' | 'status' | 'nextDueAt' | 'importance' | 'detectedAt' | 'resolvedAt' | 'closedAt' | 'updatedAt'>;

function finishedAt(c: Sortable): number {
  return c.closedAt ?? c.resolvedAt ?? c.updatedAt;
}

function byId(a: Sortable, b: Sortable): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function compareQueue(a: Sortable, b: Sortable): number {
  const aOpen = isOpenStatus(a.status);
  const bOpen = isOpenStatus(b.status);
  if (aOpen !== bOpen) return aOpen ? -1 : 1;
  if (!aOpen) return finishedAt(b) - finishedAt(a) || byId(a, b);
  const aDue = a.nextDueAt ?? Number.POSITIVE_INFINITY;
  const bDue = b.nextDueAt ?? Number.POSITIVE_INFINITY;
  if (aDue !== bDue) return aDue < bDue ? -1 : 1;
  if (a.importance !== b.importance) return a.importance === 'high' ? -1 : 1;
  return a.detectedAt - b.detectedAt || byId(a, b);
}

/** A sorted copy (the input is left as it was). */
export function sortQueue<T extends Sortable>(cases: readonly T[]): T[] {
  return [...cases].sort(compareQueue);
}

/**
 * How many of the sorted cases are overdue at `now` (they form the head of the queue): open,
 * with a due moment at or before `now`.
 */
export function overdueHeadLength(sorted: readonly Sortable[], now: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = sorted[mid]!;
    if (isOpenStatus(c.status) && c.nextDueAt !== undefined && c.nextDueAt <= now) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
