/**
 * The queue's data for a page: every case (live: any write in any extension context re-renders),
 * the regulations' calendars, people's names — and the functions QueueView asks per row.
 *
 * Two reads, so the first screen does not wait for the whole queue (DESIGN.md budget: first render
 * of 10,000 cases ≤ 150 ms; reading 10,000 rows alone takes ~400–900 ms in Chromium):
 * 1. the head — the first HEAD_ROWS open cases off the `[queueRank+queueAt]` index, a few ms — is
 *    drawn first. Counts per status are NOT read off the indexes for it: Chromium counts an index
 *    range by walking it (10,000 entries of the status index: ~90–240 ms measured), as slow as
 *    reading the keys, so the counts come with step 2;
 * 2. once that is on screen, every case is read (live) for counts, filters, search and scrolling;
 *    the head query then stops.
 * Filtering stays in memory over the whole queue: the search is a substring match over text and
 * author (no index can answer it), and filtering 10,000 cases in memory answers a keystroke in a
 * few ms where a query per keystroke would read every row again.
 */
import { Dexie, liveQuery } from 'dexie';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { computeDeadlines, nextDue } from '../../utils/cases/deadlines';
import type { CaseRow } from '../../utils/db/case-row';
import { getDatabase, type OtklikDB } from '../../utils/db/database';
import { loadDueContext, type DueContext } from '../../utils/db/due';
import { queryQueue } from '../../utils/db/queue';
import { openStatuses } from '../../utils/cases/status';
import { getLocale, resolveLocale, setLocale } from '../../utils/i18n/index';
import { clockOf } from '../../utils/queue/clock';
import type { WorkClock } from '../../utils/queue/types';
import type { QueuePreview } from './QueueView';
import type { RowDeadline } from './QueueRow';

/** Rows of the head: more than the tallest popup shows (10 rows of 66 px in 600 px). */
export const HEAD_ROWS = 40;

export interface QueueData {
  cases: CaseRow[] | undefined;
  /** The head of the queue with the counts, while `cases` is still being read. */
  preview: QueuePreview<CaseRow> | undefined;
  error: unknown;
  deadlineOf: (c: CaseRow) => RowDeadline | undefined;
  clockFor: (c: CaseRow) => WorkClock | undefined;
  personName: (id: string) => string;
}

/** The next due stage of a case with its regulation's clock; undefined when nothing is pending or the regulation is missing. */
export function rowDeadline(ctx: DueContext, c: CaseRow): RowDeadline | undefined {
  const regulation = ctx.regulation(c.regulationId);
  if (!regulation) return undefined;
  const calendar = ctx.calendar(regulation);
  const next = nextDue(computeDeadlines(c, regulation, calendar));
  if (!next) return undefined;
  return { stageLabel: next.label[getLocale()], due: next.due, provisional: next.provisional, clock: clockOf(calendar) };
}

/** Every case in the queue index's order (open by due moment, then finished), live. */
function readAll(db: OtklikDB): Promise<CaseRow[]> {
  return db.cases.where('[queueRank+queueAt]').between([0, Dexie.minKey], [1, Dexie.maxKey], true, true).toArray();
}

type Live<T> = { value: T | undefined; error: unknown };

/** A Dexie live query that runs only while `active` (useLiveQuery always runs). */
function useLiveWhile<T>(active: boolean, query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ value: undefined, error: undefined });
  useEffect(() => {
    if (!active) return;
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error: unknown) => setState((previous) => ({ value: previous.value, error })),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, [active, ...deps]);
  return state;
}

export function useQueueData(): QueueData {
  const db = getDatabase();
  const due = useLiveQuery(() => loadDueContext(db), []);
  const people = useLiveQuery(() => db.people.toArray(), []);
  const [headShown, setHeadShown] = useState(false);
  // Every case, once the head is on screen. With the database's immutable cache (database.ts) Dexie
  // hands the live query's rows over frozen instead of deep-copying 10,000 of them.
  const all = useLiveWhile(headShown, () => readAll(db), [db]);
  // The head, until every case is in (`now` matters only to queryQueue's overdue filter, unused here).
  const head = useLiveWhile(all.value === undefined, () => queryQueue(db, { statuses: openStatuses, now: 0, limit: HEAD_ROWS }), [db]);
  const ctx = due.value;
  if (ctx) setLocale(resolveLocale(ctx.settings.locale, typeof navigator === 'undefined' ? [] : navigator.languages));

  // The whole queue is read after the head has been drawn (effects run after the paint), so its
  // 10,000 rows never hold up the first screen; an error of the head starts it as well.
  const headReady = (head.value !== undefined && ctx !== undefined) || head.error !== undefined;
  useEffect(() => {
    if (headReady) setHeadShown(true);
  }, [headReady]);

  const deadlineOf = useMemo(() => {
    // Deadlines of a case object are computed once (only rows in view ask); a write replaces the object.
    const cache = new WeakMap<CaseRow, RowDeadline | undefined>();
    return (c: CaseRow) => {
      if (!ctx) return undefined;
      if (!cache.has(c)) cache.set(c, rowDeadline(ctx, c));
      return cache.get(c);
    };
  }, [ctx]);

  const clockFor = useMemo(() => {
    const byRegulation = new Map<string, WorkClock | undefined>();
    return (c: CaseRow) => {
      if (!ctx) return undefined;
      if (!byRegulation.has(c.regulationId)) {
        const regulation = ctx.regulation(c.regulationId);
        byRegulation.set(c.regulationId, regulation ? clockOf(ctx.calendar(regulation)) : undefined);
      }
      return byRegulation.get(c.regulationId);
    };
  }, [ctx]);

  const personName = useMemo(() => {
    const names = new Map((people.value ?? []).map((p) => [p.id, p.name]));
    return (id: string) => names.get(id) ?? id;
  }, [people.value]);

  const headRows = head.value;
  const preview = useMemo(() => (headRows ? { rows: headRows, complete: headRows.length < HEAD_ROWS } : undefined), [headRows]);

  return {
    // Rows wait for the regulations, so a countdown never shows without its calendar.
    cases: ctx ? all.value : undefined,
    preview: ctx && all.value === undefined ? preview : undefined,
    error: all.error ?? (all.value === undefined ? head.error : undefined) ?? due.error ?? people.error,
    deadlineOf,
    clockFor,
    personName,
  };
}
