/**
 * Queue order: open cases by their nearest due stage (the most overdue first, then the soonest),
 * open cases with nothing due after them, finished cases last (most recently finished first).
 * Ties on the same due moment: high importance first, then the earlier detected, then id — so the
 * order never depends on the input order.
 */
import { openStatuses, type CaseStatus } from '../cases/status';

const OPEN: ReadonlySet<CaseStatus> = new Set(openStatuses);
import type { QueueCase } from './types';

type Sortable = Pick<QueueCase, 'id' | 'status' | 'nextDueAt' | 'importance' | 'detectedAt' | 'resolvedAt' | 'closedAt' | 'updatedAt'>;

function finishedAt(c: Sortable): number {
  return c.closedAt ?? c.resolvedAt ?? c.updatedAt;
}

function byId(a: Sortable, b: Sortable): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function compareQueue(a: Sortable, b: Sortable): number {
  const aOpen = OPEN.has(a.status);
  const bOpen = OPEN.has(b.status);
  if (aOpen !== bOpen) return aOpen ? -1 : 1;
  if (!aOpen) return finishedAt(b) - finishedAt(a) || byId(a, b);
  const aDue = a.nextDueAt ?? Number.POSITIVE_INFINITY;
  const bDue = b.nextDueAt ?? Number.POSITIVE_INFINITY;
  if (aDue !== bDue) return aDue < bDue ? -1 : 1;
  if (a.importance !== b.importance) return a.importance === 'high' ? -1 : 1;
  return a.detectedAt - b.detectedAt || byId(a, b);
}

/**
 * A sorted copy (the input is left as it was). Same order as compareQueue, but each case's keys
 * are read once and the indices sorted over typed arrays: 10,000 cases sort in a few ms.
 */
export function sortQueue<T extends Sortable>(cases: readonly T[]): T[] {
  const n = cases.length;
  const group = new Uint8Array(n); // 0 open with a due moment, 1 open without, 2 finished
  const primary = new Float64Array(n); // due moment, or minus the finishing time
  const secondary = new Float64Array(n); // importance (open), then detection time
  const detected = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = cases[i]!;
    if (!OPEN.has(c.status)) {
      group[i] = 2;
      primary[i] = -finishedAt(c);
    } else {
      group[i] = c.nextDueAt === undefined ? 1 : 0;
      primary[i] = c.nextDueAt ?? 0;
      secondary[i] = c.importance === 'high' ? 0 : 1;
      detected[i] = c.detectedAt;
    }
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => {
    const byGroup = group[a]! - group[b]!;
    if (byGroup !== 0) return byGroup;
    const byPrimary = primary[a]! - primary[b]!;
    if (byPrimary !== 0) return byPrimary;
    if (group[a] !== 2) {
      const rest = secondary[a]! - secondary[b]! || detected[a]! - detected[b]!;
      if (rest !== 0) return rest;
    }
    const idA = cases[a]!.id;
    const idB = cases[b]!.id;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  });
  const sorted = new Array<T>(n);
  for (let i = 0; i < n; i++) sorted[i] = cases[order[i]!]!;
  return sorted;
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
    if (OPEN.has(c.status) && c.nextDueAt !== undefined && c.nextDueAt <= now) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
